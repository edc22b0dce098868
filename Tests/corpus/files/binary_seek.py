import sys
NAME = '/tmp/swiftpy_files_test_binary_seek.txt'
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

with open(NAME, 'wb') as f:
    f.write(b'0123456789')
with open(NAME, 'rb') as f:
    print(f.seek(-3, 2), list(f.read()))
    print(f.seek(2), f.seek(2, 1), list(f.read(1)))
    try:
        f.seek(0, 5)
    except ValueError as e:
        print(e)

cleanup()
