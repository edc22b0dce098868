# Bound method objects: equality, hash, repr, attributes.
class A:
    def m(self): return self
    def __repr__(self): return "A()"
    def __eq__(self, other): return True
    __hash__ = object.__hash__
a = A()
b = A()
m1, m2 = a.m, a.m
print(m1 is m2, m1 == m2, hash(m1) == hash(m2), m1 != m2)
print(a.m == b.m, a.m == A.m, A.m == A.m)
print(repr(a.m).startswith("<bound method A.m of A()>"))
print(a.m.__self__ is a, a.m.__func__ is A.m, a.m.__name__, a.m.__qualname__, a.m.__doc__, a.m.__module__)
print(type(a.m).__name__)
# Methods compare their __self__ by identity (3.8+).
class Eq:
    def __eq__(self, o): return True
    __hash__ = None
    def m(self): pass
e1, e2 = Eq(), Eq()
print(e1.m == e2.m)
try:
    hash(e1.m)
    print("hashable")
except TypeError as e:
    print("TypeError:", e)
# Attribute access forwards to the function.
def f(self): pass
f.custom = 42
A.f = f
print(a.f.custom)
try:
    a.f.custom = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.f.nothing
except AttributeError as e:
    print("AttributeError:", e)
# Methods of builtins.
l = [1]
print(l.append == l.append, l.append is l.append, [].append == [].append)
print(repr(l.append).startswith("<built-in method append of list object at 0x"))
print(l.append.__self__ is l, l.append.__name__, l.append.__qualname__)
print(repr(len), len.__self__ is not None, len.__qualname__, len.__module__)
print((1).__add__.__self__, type((1).__add__).__name__, repr((1).__add__).startswith("<method-wrapper '__add__' of int object at 0x"))
print((1).__add__ == (1).__add__, (1).__add__ == (2).__add__)
# Calling a method type directly.
MethodType = type(a.m)
bm = MethodType(f, 5)
print(bm.__self__, bm.__func__ is f)
try:
    MethodType(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    MethodType(f, None)
except TypeError as e:
    print("TypeError:", e)
# Classmethod bound to class repr.
class C:
    @classmethod
    def cm(cls): pass
print(repr(C.cm).startswith("<bound method C.cm of <class '__main__.C'>>"))
print(C.cm == C.cm, C.cm.__self__ is C)
# Unbound methods are plain functions.
print(type(A.m).__name__, A.m(5))
# bound method of a bound method
print(type(a.m.__get__(b)).__name__, a.m.__get__(b)() is a)
# method descriptor of builtins with self of the wrong type
try:
    list.append((), 1)
except TypeError as e:
    print("TypeError:", e)
# Calling a bound method with extra args
try:
    a.m(1)
except TypeError as e:
    print("TypeError:", e)
