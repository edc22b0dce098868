import sys
NAME = '/tmp/swiftpy_files_test_newline_handling.txt'
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

with open(NAME, 'w', newline='') as f:
    f.write('a\r\nb\rc\nd')
for nl in (None, '', '\n', '\r', '\r\n'):
    with open(NAME, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, f.newlines)
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME, 'rb') as f:
    print(list(f.read()))

cleanup()
