import sys
NAME = '/tmp/swiftpy_files_test_flush_buffering.txt'
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
f.write('buffered')
print(repr(open(NAME).read()))
f.flush()
print(repr(open(NAME).read()))
f.close()
f = open(NAME, 'w', buffering=1)
print(f.line_buffering)
f.write('line\n')
print(repr(open(NAME).read()))
f.close()
f = open(NAME, 'wb', buffering=0)
f.write(b'raw')
print(repr(open(NAME).read()))
f.close()

cleanup()
