import sys
NAME = '/tmp/swiftpy_files_test_open_errors.txt'
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

try:
    open('/nonexistent_dir_q/file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
    print(str(e))
    print(isinstance(e, OSError), isinstance(e, IOError), isinstance(e, EnvironmentError))
try:
    open('/tmp')
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open('/tmp', 'w')
except OSError as e:
    print(type(e).__name__, e)
open(NAME, 'w').close()
try:
    open(NAME, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e)
try:
    open('/nonexistent_dir_q/f', 'w')
except OSError as e:
    print(type(e).__name__, e)

cleanup()
