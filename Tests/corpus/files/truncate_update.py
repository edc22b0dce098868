import sys
NAME = '/tmp/swiftpy_files_test_truncate_update.txt'
try:
    import os
    remove = os.remove
except ImportError:
    remove = None
def cleanup():
    if remove:
        try:
            remove(NAME)
        except OSError:
            pass

with open(NAME, 'w') as f:
    f.write('hello world')
with open(NAME, 'r+') as f:
    print(f.read(5))
    f.seek(0)
    f.write('HELLO')
    f.seek(0)
    print(f.read())
    print(f.truncate(5))
    f.seek(0)
    print(repr(f.read()))
with open(NAME, 'a') as f:
    print(f.tell())
    f.write('!')
with open(NAME) as f:
    print(f.read())
with open(NAME, 'w+') as f:
    f.write('abc')
    f.seek(0)
    print(f.read())

cleanup()
