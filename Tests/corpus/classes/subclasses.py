# __subclasses__ in definition order.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in A.__subclasses__()])
print([k.__name__ for k in B.__subclasses__()], [k.__name__ for k in C.__subclasses__()], D.__subclasses__())
print(bool in int.__subclasses__())
print(type(A.__subclasses__()).__name__)
try:
    A.__subclasses__(1)
except TypeError as e:
    print("TypeError:", e)
print(type.__subclasses__(A) == A.__subclasses__())
