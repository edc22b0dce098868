import sys
NAME = '/tmp/swiftpy_files_test_decode_errors.txt'
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
    f.write(b'ok\xff\xfeend\n')
f = open(NAME)
try:
    f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__)
f.close()
for errors in ('replace', 'ignore', 'surrogateescape', 'backslashreplace'):
    with open(NAME, errors=errors) as f:
        print(errors, ascii(f.read()))
with open(NAME, 'w', errors='surrogateescape') as f:
    f.write('x\udcff')
with open(NAME, 'rb') as f:
    print(list(f.read()))

cleanup()
