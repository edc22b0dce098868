import sys
NAME = '/tmp/swiftpy_files_test_newline_writing.txt'
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

for nl in (None, '', '\n', '\r', '\r\n'):
    with open(NAME, 'w', newline=nl) as f:
        f.write('x\ny\n')
    with open(NAME, 'rb') as f:
        print(repr(nl), list(f.read()))

cleanup()
