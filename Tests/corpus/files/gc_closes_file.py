import sys
NAME = '/tmp/swiftpy_files_test_gc_closes_file.txt'
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

def write():
    f = open(NAME, 'w')
    f.write('written without close')
write()
print(open(NAME).read())
f = open(NAME, 'w')
f.write('replaced')
del f
print(open(NAME).read())

cleanup()
