def t(f):
    try:
        r = f()
        print("ok", repr(r))
        return r
    except Exception as e:
        print(type(e).__name__, e)
e = t(lambda: SyntaxError("msg", ("f.py", 3, 4, "text", 3, 6)))
print(str(e), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line)
print(str(SyntaxError("m", (None, 3, 4, "t"))), str(SyntaxError("m", ("a/b/c.py", None, 4, "t"))))
print(str(SyntaxError("m", ("c.py", 3, None, None))), repr(SyntaxError()), str(SyntaxError(1)))
t(lambda: SyntaxError("m", (1, 2)))
t(lambda: SyntaxError("m", 5))
t(lambda: SyntaxError("m", ("f", 1, 2, "t"), 3))
e = SyntaxError("m", ("f", 1, 2, "t")); print(e.args)
e = IndentationError("unexpected", ("f.py", 1, 2, "  x")); print(str(e), e.args)
e = t(lambda: UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")); print(e.encoding, e.object, e.start, e.end, e.reason)
e = t(lambda: UnicodeEncodeError("ascii", "aé", 1, 2, "ordinal not in range")); print(str(e))
e = t(lambda: UnicodeTranslateError("aé", 1, 2, "no")); print(str(e))
t(lambda: UnicodeDecodeError("utf-8"))
t(lambda: UnicodeDecodeError("utf-8", "str", 0, 1, "r"))
e = UnicodeDecodeError("utf-8", b"abc", 0, 2, "r"); print(str(e))
e = UnicodeEncodeError("ascii", "\U0001F600", 0, 1, "r"); print(str(e))
e = OSError(13, "Permission denied", "f", None, "g"); print(str(e), type(e).__name__, e.filename2)
e = OSError(2, "x"); print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = BlockingIOError(11, "would block", 5); print(e.characters_written, str(e))
try:
    OSError().characters_written
except AttributeError as err:
    print(err)
e = OSError("a", "b", "c", "d", "e", "f"); print(e.args, e.errno, str(e))
e = TimeoutError(); print(repr(e), e.errno)
print(repr(OSError(1)))
raise UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
