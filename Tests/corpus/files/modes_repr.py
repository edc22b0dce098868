import sys
NAME = '/tmp/swiftpy_files_test_modes_repr.txt'
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
print(f.mode, f.name == NAME, f.encoding, f.errors, f.closed, f.line_buffering)
print(repr(f) == "<_io.TextIOWrapper name=" + repr(NAME) + " mode='w' encoding='UTF-8'>")
f.close()
print(f.closed)
for mode in ('r', 'rb', 'r+', 'rb+', 'a', 'ab', 'a+', 'w+', 'wb'):
    f = open(NAME, mode)
    print(mode, f.mode, type(f).__name__, getattr(f, 'buffer', f).mode, f.readable(), f.writable(), f.seekable())
    f.close()
f = open(NAME, 'rb', buffering=0)
print(type(f).__name__, f.mode, repr(f) == "<_io.FileIO name=" + repr(NAME) + " mode='rb' closefd=True>")
f.close()
print(repr(f))

cleanup()
