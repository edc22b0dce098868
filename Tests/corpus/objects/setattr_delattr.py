# __setattr__ and __delattr__ hooks.
class A:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
a = A()
a.x = 1
print(a.x, a.__dict__)
del a.x
print(a.__dict__)
try:
    del a.x
except AttributeError as e:
    print("AttributeError:", e)
setattr(a, "y", 3)
delattr(a, "y")

# Only __setattr__: del uses the default.
class B:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, "set:" + str(value))
b = B()
b.q = 1
print(b.q)
del b.q
print(hasattr(b, "q"))

# Only __delattr__.
class C:
    def __delattr__(self, name):
        print("refusing to delete", name)
c = C()
c.v = 1
del c.v
print(c.v)

# object.__setattr__ on builtin types and type objects.
try:
    object.__setattr__(int, "x", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__setattr__(1, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__delattr__(str, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    type.__setattr__(int, "x", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    int.x = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del int.real
except TypeError as e:
    print("TypeError:", e)
try:
    (1).x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".upper = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].append = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del object().x
except AttributeError as e:
    print("AttributeError:", e)

# setattr on a class keeps instances in sync.
class D:
    pass
d = D()
D.attr = "class attr"
print(d.attr)
D.__len__ = lambda self: 7
print(len(d))
del D.__len__
try:
    len(d)
except TypeError as e:
    print("TypeError:", e)
try:
    del D.nothing
except AttributeError as e:
    print("AttributeError:", e)

# object.__setattr__ argument checks.
try:
    object.__setattr__(d)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__setattr__(d, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__delattr__(d, "zz")
except AttributeError as e:
    print("AttributeError:", e)

# The class of a type: type.__setattr__ on a heap type works.
type.__setattr__(D, "z", 9)
print(D.z)
object.__setattr__(d, "w", 1)
print(d.w)

# Setting with a str subclass name
class S(str): pass
setattr(d, S("sub"), 5)
print(d.sub, [type(k).__name__ for k in d.__dict__])
