# type(name, bases, dict) and its validation messages.
def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

X = type("X", (), {"a": 1, "f": lambda self: self.a + 1})
print(X.__name__, X.__bases__, X().f(), X.__module__)
Y = type("Y", (X,), {})
print(Y.__mro__)
print(type(1), type("s"), type(X()), type(type))

check(type)
check(type, 1, 2)
check(type, 1, 2, 3, 4)
check(type, 1, (), {})
check(type, "A", [], {})
check(type, "A", (), [])
check(type, "A", (1,), {})
check(type, "A", (int, str), {})
check(type, "A", (bool,), {})
check(type, "A", (X, X), {})
check(type, "a\x00b", (), {})
check(type, "A", (), {}, x=1)
check(type, "\udc80", (), {})
check(type, obj=1)
check(type, 1, x=2)
check(type.__new__, type)
check(type.__new__, 1, "A", (), {})
check(type.__new__, int, "A", (), {})
check(type.__new__, type, "A", (), {"__slots__": 1})
check(type, "A", (), {"__slots__": ["a", "a"]})
check(type, "A", (), {"__slots__": ["1a"]})
check(type, "A", (), {"__slots__": [1]})
check(type, "A", (), {"__slots__": "a", "a": 1})

class Str(str): pass
Z = type(Str("Z"), (), {})
print(type(Z.__name__).__name__)

# The namespace dict is copied.
ns = {"v": 1}
W = type("W", (), ns)
ns["v"] = 2
print(W.v, W.__dict__ is ns)

# Bases that are not acceptable.
for base in (bool, type(None), type(len), type(lambda: 0)):
    check(type, "A", (base,), {})

# The MRO conflict message.
class A: pass
class B(A): pass
check(type, "C", (A, B), {})
class P: pass
class Q: pass
class R(P, Q): pass
class S(Q, P): pass
check(type, "T", (R, S), {})
