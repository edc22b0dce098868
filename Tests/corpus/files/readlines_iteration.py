import sys
NAME = '/tmp/swiftpy_files_test_readlines_iteration.txt'
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
    f.writelines(['a\n', 'b\n', 'c'])
with open(NAME) as f:
    print(f.readlines())
with open(NAME) as f:
    for line in f:
        print(repr(line))
with open(NAME) as f:
    print(list(f))
with open(NAME) as f:
    print(f.readlines(2))
    print(f.readlines())
f = open(NAME)
print(repr(f.readline(1)), repr(f.readline(0)), repr(f.readline(-1)))
try:
    f.readline(None)
except TypeError as e:
    print(e)
f.close()

cleanup()
