# More __slots__ behaviour: class attribute access, inheritance of members, reprs, errors.
class P:
    __slots__ = ("a", "b")
class Q(P):
    __slots__ = ("c",)
q = Q()
q.a, q.b, q.c = 1, 2, 3
print(q.a, q.b, q.c, [k for k in ("a", "b", "c") if k in Q.__dict__], P.a.__objclass__.__name__)
print(repr(Q.c), repr(P.a), type(Q.__dict__["c"]).__name__)
try:
    P.a.__get__(object())
except TypeError as e:
    print("TypeError:", e)
try:
    P.__dict__["a"].__set__(1, 1)
except TypeError as e:
    print("TypeError:", e)
# Member descriptors and getattr/hasattr/delattr.
print(getattr(Q(), "a", "unset"), hasattr(Q(), "b"))
q2 = Q()
try:
    delattr(q2, "c")
except AttributeError as e:
    print("AttributeError:", e)
# Reassigning a slot name at class level replaces the descriptor.
class R:
    __slots__ = ("x",)
r = R()
r.x = 1
R.x = "class attribute"
print(r.__class__.x)
try:
    r.x = 2
except AttributeError as e:
    print("AttributeError:", e)
# __slots__ can be any iterable of strings, and is kept as given.
class T:
    __slots__ = ["l1", "l2"]
print(T.__slots__, type(T.__slots__).__name__)
class U:
    __slots__ = ("only",)
    only_default = 5
print(U.only_default)
# Empty __slots__ in the whole hierarchy: no __dict__.
class V:
    __slots__ = ()
class W(V):
    __slots__ = ()
try:
    W().z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(W(), "__dict__"), W.__dictoffset__ if False else "")
