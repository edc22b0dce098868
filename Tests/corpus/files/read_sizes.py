import sys
NAME = '/tmp/swiftpy_files_test_read_sizes.txt'
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
    f.write('\xe9t\xe9\nabc\n')
with open(NAME) as f:
    print(ascii(f.read(2)), ascii(f.read(0)), ascii(f.read(4)), ascii(f.read(-1)), ascii(f.read()))
with open(NAME) as f:
    print(ascii(f.read(None)))
with open(NAME) as f:
    try:
        f.read('x')
    except TypeError as e:
        print(e)
with open(NAME, 'rb') as f:
    print(list(f.read(1)), list(f.read1(2)), len(f.read()))

cleanup()
