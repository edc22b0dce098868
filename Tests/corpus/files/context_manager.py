import sys
NAME = '/tmp/swiftpy_files_test_context_manager.txt'
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
    print(f.closed)
    r = f.__enter__()
    print(r is f)
print(f.closed)
g = open(NAME)
print(g.__exit__(ValueError, ValueError('inside'), None), g.closed)
f = open(NAME)
print(f.__exit__(None, None, None), f.closed)

cleanup()
