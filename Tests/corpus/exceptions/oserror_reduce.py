# OSError.__reduce__ puts the filenames back into the arguments; the errno subclass is chosen
# only for 2 to 5 arguments.
print(OSError(2, "a", "b", None, "c").__reduce__())
print(OSError(2, "a", "b", 3).__reduce__())
print(OSError(2, "a", None, None, "c").__reduce__())
e = OSError(2, "a", "b")
e.x = 1
print(e.__reduce__())
print(OSError(1, 2, 3, 4, 5, 6).__reduce__(), OSError(1).__reduce__())
print(type(OSError(13, "x", "f", 0, "g")).__name__, type(OSError(13, 1, 2, 3, 4, 5)).__name__)
class My(OSError):
    pass
print(My(5, "x", "f").__reduce__())
try:
    open("/nonexistent-dir/x")
except OSError as err:
    print(err.__reduce__())
    print(err.args, err.filename, err.filename2)
