import sys
NAME = '/tmp/swiftpy_files_test_mode_errors.txt'
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

open(NAME, 'w').close()
for mode in ('q', 'rw', 'rr', 'rbt', '+', 'b', 't', 'U', 'rU'):
    try:
        open(NAME, mode)
    except ValueError as e:
        print(repr(mode), e)
for kw in ({'encoding': 'utf-8'}, {'errors': 'strict'}, {'newline': ''}):
    try:
        open(NAME, 'rb', **kw)
    except ValueError as e:
        print(e)
try:
    open(NAME, 'r', buffering=0)
except ValueError as e:
    print(e)
try:
    open(NAME, 'r', newline='x')
except ValueError as e:
    print(e)
try:
    open(NAME, 'r', encoding='no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
try:
    open(1.5)
except TypeError as e:
    print(e)
try:
    open()
except TypeError as e:
    print(e)
try:
    open(NAME, mode=1)
except TypeError as e:
    print(e)

cleanup()
