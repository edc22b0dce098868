for e in [ValueError(), ValueError("a"), ValueError("a", "b"), ValueError(1), ValueError(None),
          KeyError("k"), KeyError(), KeyError(1, 2), IndexError("i"), OSError(), OSError("x"),
          OSError(2, "No such file"), OSError(2, "No such file", "f.txt"), OSError(2, "msg", "a", None, "b"),
          SystemExit(3), StopIteration(5), ImportError("m"), ModuleNotFoundError("nm", name="x"),
          AttributeError("attr"), NameError("n"), UnicodeError("u"), Warning("w"), UserWarning("uw"),
          BaseExceptionGroup("g", [ValueError(1)]), SyntaxError("s"), SyntaxError("s", ("f.py", 1, 2, "t")),
          RecursionError("r"), NotImplementedError(), GeneratorExit(), KeyboardInterrupt()]:
    print(type(e).__name__, repr(e), repr(str(e)))

class Custom(Exception):
    pass
print(repr(Custom("x")), str(Custom(1, 2)))
class WithInit(Exception):
    def __init__(self, code, detail):
        super().__init__(f"{code}: {detail}")
        self.code = code
e = WithInit(404, "not found")
print(repr(e), str(e), e.code, e.args)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuper(3)
print(repr(e), repr(str(e)), e.args)
class Renamed(Exception):
    pass
Renamed.__name__ = "Other"
print(repr(Renamed(1)))
class Nested:
    class Inner(Exception):
        pass
print(repr(Nested.Inner("q")))
print(repr(Exception(Exception("inner"))))
print(str(KeyError(KeyError("x"))))
