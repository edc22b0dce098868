# __dict__ semantics on instances and classes.
class A:
    x = 1
a = A()
print(a.__dict__, type(A.__dict__).__name__)
a.y = 2
print(a.__dict__)
a.__dict__["z"] = 3
print(a.z)
a.__dict__ = {"w": 4}
print(a.w, hasattr(a, "y"))
try:
    a.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)
try:
    del a.__dict__
    print("deleted", a.__dict__)
except TypeError as e:
    print("TypeError:", e)

# A dict subclass as __dict__.
class D(dict):
    pass
a.__dict__ = D(q=1)
print(a.q, type(a.__dict__).__name__)

# Class __dict__ is a read-only mappingproxy.
try:
    A.__dict__["x"] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    A.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
mp = A.__dict__
print(mp["x"], "x" in mp, len(mp) > 0, mp.get("nope", 0), sorted(k for k in mp.keys() if not k.startswith("__")))
print(list(A.__dict__)[:2])

# The dict keys order: __module__ first, then body order, then __dict__/__weakref__/__doc__.
class Order:
    b = 1
    a = 2
    def m(self): pass
print(list(Order.__dict__))
class Slotted:
    __slots__ = ("s",)
    c = 1
print(list(Slotted.__dict__))
class Doc:
    "docstring"
    v = 1
print(list(Doc.__dict__))

# Instance dict of builtin subclasses.
class L(list): pass
l = L()
l.attr = 1
print(l.__dict__, vars(l))

# Functions have __dict__.
def f(): pass
f.attr = 1
print(f.__dict__)
f.__dict__ = {"other": 2}
print(f.other)
try:
    f.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)

# object() has no __dict__.
try:
    object().__dict__
except AttributeError as e:
    print("AttributeError:", e)
# Class attribute shadowed by instance attribute.
a2 = A()
a2.x = 10
print(a2.x, A.x)
del a2.x
print(a2.x)
