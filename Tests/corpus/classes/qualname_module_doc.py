# __qualname__, __module__, __doc__ and __name__ of classes.
class A:
    "A's doc"
    class B:
        class C:
            pass
    def f(self):
        class Local: pass
        return Local
print(A.__qualname__, A.B.__qualname__, A.B.C.__qualname__, A().f().__qualname__)
print(A.__name__, A.B.C.__name__, A.__module__, A.__doc__, A.B.__doc__)
print(repr(A.B.C), repr(A().f()))

# Explicit __qualname__ in the body.
class D:
    __qualname__ = "Custom.Name"
print(D.__qualname__, D.__name__, repr(D), "__qualname__" in D.__dict__)

try:
    class E:
        __qualname__ = 42
except TypeError as e:
    print("TypeError:", e)

# Explicit __module__ in the body.
class F:
    __module__ = "somewhere"
print(F.__module__, repr(F))

# Setting __name__/__qualname__/__module__ afterwards.
F.__name__ = "G"
print(F.__name__, F.__qualname__, repr(F))
F.__qualname__ = "H.I"
print(repr(F))
try:
    F.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    F.__qualname__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del F.__name__
except TypeError as e:
    print("TypeError:", e)
try:
    del F.__qualname__
except TypeError as e:
    print("TypeError:", e)
try:
    F.__name__ = "a\x00b"
except ValueError as e:
    print("ValueError:", e)
F.__module__ = "other"
print(repr(F))
F.__module__ = 7
print(F.__module__, repr(F))
try:
    del F.__module__
except TypeError as e:
    print("TypeError:", e)
F.__dict__  # still there
print(repr(F))
try:
    del F.__doc__
except TypeError as e:
    print("TypeError:", e)
try:
    del F.__bases__
except TypeError as e:
    print("TypeError:", e)

# Builtin types refuse.
for attr, v in [("__name__", "x"), ("__qualname__", "x"), ("__module__", "x"), ("__doc__", "x")]:
    try:
        setattr(int, attr, v)
    except TypeError as e:
        print("TypeError:", e)
print(int.__module__, int.__qualname__, object.__doc__[:20])

# __doc__ defaults to None and can be set on heap types.
class J: pass
print(J.__doc__, "__doc__" in J.__dict__)
J.__doc__ = "new doc"
print(J.__doc__, J().__doc__)

# Docstrings are not inherited.
class K(A): pass
print(K.__doc__)

# type() with __qualname__ in the dict.
L = type("L", (), {"__qualname__": "Outer.L"})
print(L.__qualname__, L.__name__, L.__module__)
try:
    type("M", (), {"__qualname__": 1})
except TypeError as e:
    print("TypeError:", e)

# type() picks up __module__ from the caller's globals.
print(type("N", (), {}).__module__)
