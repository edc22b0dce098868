import sys
NAME = '/tmp/swiftpy_files_test_closed_file_errors.txt'
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
f.close()
f.close()
for op in (lambda: f.write('x'), lambda: f.read(), lambda: f.readline(), lambda: f.tell(),
           lambda: f.seek(0), lambda: f.flush(), lambda: f.fileno(), lambda: iter(f), lambda: f.readable()):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
b = open(NAME, 'rb')
b.close()
for op in (lambda: b.read(), lambda: b.tell(), lambda: b.flush()):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
with open(NAME) as f:
    pass
print(f.closed)

cleanup()
