import sys
NAME = '/tmp/swiftpy_files_test_fileno_isatty.txt'
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
print(type(f.fileno()).__name__, f.fileno() > 2, f.isatty())
print(f.fileno() == f.buffer.fileno())
g = open(f.fileno(), 'w', closefd=False)
print(g.name == f.fileno(), g.mode)
g.close()
f.write('still open')
f.close()
print(open(NAME).read())

cleanup()
