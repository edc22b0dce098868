import sys
NAME = '/tmp/swiftpy_files_test_binary_files.txt'
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
    print(f.write(b'\x00\x01abc\n\xff'))
    print(f.write(bytearray(b'xy')))
    try:
        f.write('text')
    except TypeError as e:
        print(e)
with open(NAME, 'rb') as f:
    data = f.read()
    print(len(data), list(data))
with open(NAME, 'rb') as f:
    print(list(f.read(3)), f.tell())
    print(list(f.readline()))
    print(list(f.read()))
    print(list(f.read()))
with open(NAME, 'rb') as f:
    print(len(list(f)))
with open(NAME, 'rb') as f:
    print([len(x) for x in f.readlines()])

cleanup()
