import sys
NAME = '/tmp/swiftpy_files_test_unsupported_operations.txt'
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
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
with open(NAME) as f:
    try:
        f.write('x')
    except OSError as e:
        print(type(e).__name__, e)
with open(NAME, 'wb') as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
with open(NAME, 'rb') as f:
    try:
        f.write(b'x')
    except OSError as e:
        print(type(e).__name__, e)
with open(NAME, 'wb', 0) as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)

cleanup()
