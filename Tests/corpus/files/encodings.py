import sys
NAME = '/tmp/swiftpy_files_test_encodings.txt'
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

with open(NAME, 'w', encoding='utf-8') as f:
    print(f.write('caf\xe9 \u20ac \U0001F600\n'), f.encoding)
with open(NAME, 'rb') as f:
    print(list(f.read()))
with open(NAME, encoding='utf-8') as f:
    print(ascii(f.read()))
with open(NAME, 'w', encoding='latin-1') as f:
    f.write('caf\xe9')
with open(NAME, 'rb') as f:
    print(list(f.read()))
with open(NAME, encoding='latin-1') as f:
    print(ascii(f.read()))
f = open(NAME, 'w', encoding='ascii')
try:
    f.write('caf\xe9')
except UnicodeEncodeError as e:
    print(type(e).__name__)
f.close()
with open(NAME, 'w', encoding='ascii', errors='replace') as f:
    f.write('caf\xe9')
with open(NAME) as f:
    print(f.read())

cleanup()
