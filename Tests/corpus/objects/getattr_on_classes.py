# Attribute lookup on class objects: class dict, bases, metaclass, errors.
class Meta(type):
    meta_only = "meta"
    def meta_method(cls): return "meta_method of " + cls.__name__
class A(metaclass=Meta):
    a = 1
class B(A):
    b = 2
print(B.a, B.b, B.meta_only, B.meta_method())
try:
    B.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    type.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(B, "missing", "dflt"), hasattr(B, "meta_only"), hasattr(B(), "meta_only"))
# Functions accessed through the class are plain functions.
class C:
    def f(self): return "f"
print(type(C.f).__name__, C.f(C()), C.__dict__["f"] is C.f)
# Class attribute deletion.
class D:
    x = 1
del D.x
print(hasattr(D, "x"))
try:
    del D.x
except AttributeError as e:
    print("AttributeError:", e)
# setattr on a class with a non-string name.
try:
    setattr(D, 1, 2)
except TypeError as e:
    print("TypeError:", e)
# Attributes named like builtin type attributes.
class E:
    __name__ = "instance-level name"
print(E.__name__, E().__name__)
