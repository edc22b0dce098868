import sys
NAME = '/tmp/swiftpy_files_test_write_read_text.txt'
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

f = open(NAME, 'w')
print(f.write('hello\n'), f.write('world\n'))
f.close()
f = open(NAME)
print(repr(f.read()))
f.close()
with open(NAME) as f:
    print(f.readline(), end='')
    print(repr(f.readline()))
    print(repr(f.readline()))

cleanup()
