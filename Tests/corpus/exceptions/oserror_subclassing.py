def t(f):
    try:
        r = f()
        print("ok", repr(r), getattr(r, "args", None))
        return r
    except Exception as e:
        print(type(e).__name__, e)
class Plain(OSError):
    pass
t(lambda: Plain(2, "x", "f"))
t(lambda: Plain(2, "x", k=1))
class WithInit(OSError):
    def __init__(self, a, b=0):
        super().__init__(a, "custom")
        self.b = b
e = t(lambda: WithInit(5, b=7))
print(e.errno, e.strerror, e.b, str(e))
class WithNew(OSError):
    def __new__(cls, *args, **kw):
        return super().__new__(cls, *args)
t(lambda: WithNew(1, "x", k=2))
e = OSError(2, "No such file", "a.txt")
print(type(e).__name__, e.args, str(e))
e = BlockingIOError(11, "blocked", 3)
print(e.characters_written, e.args, e.filename)
e.characters_written = 5
print(e.characters_written)
del e.characters_written
t(lambda: e.characters_written)
t(lambda: delattr(e, "characters_written"))
t(lambda: setattr(e, "characters_written", "x"))
print(OSError(0, "z").__class__.__name__, OSError(13, "p").__class__.__name__, OSError(9999, "?").__class__.__name__)
