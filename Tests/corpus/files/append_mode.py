import sys
NAME = '/tmp/swiftpy_files_test_append_mode.txt'
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

open(NAME, 'w').close()
for word in ('one', 'two', 'three'):
    with open(NAME, 'a') as f:
        f.write(word + '\n')
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME, 'a+') as f:
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.readline()))

cleanup()
