import sys
NAME = '/tmp/swiftpy_files_test_seek_tell.txt'
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
    f.write('0123456789')
    print(f.tell())
with open(NAME) as f:
    print(f.read(3), f.tell())
    print(f.seek(7), f.read())
    print(f.seek(0), f.read(2))
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0, 1))
    try:
        f.seek(1, 1)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1, 2)
    except Exception as e:
        print(type(e).__name__, e)
cleanup()
