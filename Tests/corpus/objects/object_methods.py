# The methods object provides to every class.
class A: pass
a = A()
print(object.__eq__(a, a), object.__ne__(a, a), object.__lt__(a, a), object.__eq__(a, 1))
print(a.__eq__(a), a.__ne__(A()), a.__gt__(a))
print(type(a.__hash__()).__name__, hash(a) == a.__hash__())
print(a.__format__("").startswith("<__main__.A object"), a.__format__("") == str(a))
print(a.__sizeof__() > 0, object().__sizeof__())
print(A.__subclasshook__(), object.__subclasshook__())
print(A.__init_subclass__(), a.__dir__() is not None)
print(a.__class__ is A, a.__reduce_ex__ is not None)
print(object.__str__(1), object.__repr__(1).startswith("<int object at 0x"))
print(object.__new__(A).__class__.__name__)
print(a.__init__(), object.__init__(a))
print(sorted(n for n in dir(object) if not n.startswith("__i")))
print(A.__doc__, object.__doc__.splitlines()[0])
print(a.__str__() == a.__repr__())
class B:
    def __repr__(self): return "B!"
print(str(B()), object.__str__(B()), object.__repr__(B()).startswith("<__main__.B object"))
# object.__setattr__/__getattribute__/__delattr__ used explicitly.
object.__setattr__(a, "x", 1)
print(object.__getattribute__(a, "x"))
object.__delattr__(a, "x")
print(hasattr(a, "x"))
try:
    object.__getattribute__(a, "x")
except AttributeError as e:
    print("AttributeError:", e)
# Comparing instances of unrelated classes.
print(A() == B(), A() != B())
try:
    A() < B()
except TypeError as e:
    print("TypeError:", e)
try:
    A() >= 1
except TypeError as e:
    print("TypeError:", e)
# __getstate__ (new in 3.11).
class St: pass
st = St()
print(st.__getstate__())
st.a = 1
print(st.__getstate__())
class Sl:
    __slots__ = ("p", "q")
sl = Sl()
sl.p = 5
print(sl.__getstate__())
print(object().__getstate__())
