import sys
NAME = '/tmp/swiftpy_files_test_oserror_objects.txt'
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

e = OSError(2, 'No such file or directory', 'x')
print(type(e).__name__, e.args, str(e), e.errno, e.strerror, e.filename)
e = OSError(2, 'msg', 'a', None, 'b')
print(str(e), e.filename2)
e = OSError(1)
print(type(e).__name__, e.args, str(e), e.errno)
e = OSError(13, 'Permission denied')
print(type(e).__name__, str(e))
e = OSError(17, 'exists')
print(type(e).__name__)
e = OSError(99999, 'weird')
print(type(e).__name__, str(e))
e = FileNotFoundError('plain')
print(e.errno, e.strerror, str(e))
e = OSError()
print(e.errno, repr(str(e)))
class MyErr(OSError): pass
print(type(MyErr(2, 'x')).__name__)
e = OSError(2, 'x', 3)
print(str(e), e.args)
e.errno = 5
print(e.errno)
print(issubclass(FileNotFoundError, OSError), issubclass(BlockingIOError, OSError))

cleanup()
