# How classes and instances show their module and qualified names.
class A:
    class B:
        pass
print(repr(A), repr(A.B), A.__module__, A.B.__module__)
print(str(A), format(A), f"{A.B}")
print(repr(int), repr(type), repr(object), repr(type(None)), repr(type(len)))
print(repr(type(print)), repr(type([].append)), repr(type(A.__dict__)))
A.__module__ = "pkg.mod"
print(repr(A), repr(A()).startswith("<pkg.mod.A object at 0x"))
A.__module__ = "builtins"
print(repr(A), repr(A()).startswith("<A object at 0x"))
A.__qualname__ = "Renamed"
print(repr(A), A.__name__)
def f():
    class Local: pass
    return Local
L = f()
print(repr(L), repr(L()).startswith("<__main__.f.<locals>.Local object at 0x"))
# Exceptions defined in __main__ and elsewhere.
class MyErr(Exception): pass
print(repr(MyErr), repr(MyErr("x")), str(MyErr("x")))
MyErr.__module__ = "lib"
print(repr(MyErr), repr(MyErr("y")))
