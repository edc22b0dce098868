# property: getter/setter/deleter, messages, copies, docs.
class A:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x property"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @x.deleter
    def x(self):
        print("deleting x")
        del self._x
    @property
    def ro(self):
        return "read-only"
a = A()
a.x = 5
print(a.x, A.x.__doc__, type(A.x).__name__)
del a.x
print(hasattr(a, "_x"))
try:
    a.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.ro
except AttributeError as e:
    print("AttributeError:", e)

# property() built by hand (no __set_name__ name).
class B:
    p = property(lambda self: 1)
    q = property()
    r = property(None, lambda self, v: None)
b = B()
print(b.p)
try:
    b.q
except AttributeError as e:
    print("AttributeError:", e)
try:
    b.q = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del b.q
except AttributeError as e:
    print("AttributeError:", e)
try:
    b.r
except AttributeError as e:
    print("AttributeError:", e)
b.r = 3
try:
    b.p = 2
except AttributeError as e:
    print("AttributeError:", e)

# Property added after class creation has no name.
class C: pass
C.late = property(lambda self: 1)
try:
    C().late = 2
except AttributeError as e:
    print("AttributeError:", e)
prop = property(lambda self: 1)
try:
    prop.__set__(C(), 1)
except AttributeError as e:
    print("AttributeError:", e)

# fget/fset/fdel attributes and getter/setter/deleter copies.
def g(self): return "g"
def s(self, v): pass
def d(self): pass
p = property(g, s, d, "doc")
print(p.fget is g, p.fset is s, p.fdel is d, p.__doc__)
p2 = p.getter(lambda self: "new")
print(p2 is p, p2.fset is s, p2.__doc__)
p3 = property(g).setter(s)
print(p3.fget is g, p3.fset is s, p3.__doc__)
print(property().fget, property().__doc__)

# The doc is taken from fget's docstring.
def documented(self):
    "fget doc"
print(property(documented).__doc__, property(documented, doc="explicit").__doc__)
print(property(documented).setter(s).__doc__)

# __isabstractmethod__.
def abstract(self): pass
abstract.__isabstractmethod__ = True
print(property(abstract).__isabstractmethod__, property(g).__isabstractmethod__)

# property subclass keeps its type on copy and has a __dict__.
class MyProp(property):
    pass
mp = MyProp(g)
mp2 = mp.setter(s)
print(type(mp2).__name__, mp2.fset is s)
mp.extra = 1
print(mp.extra)

# A property in a subclass overriding a base attribute.
class Base:
    value = 10
class Derived(Base):
    @property
    def value(self):
        return super().value if False else 20
print(Derived().value, Base().value)

# Property argument errors
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    property(fget=1, bad=2)
except TypeError as e:
    print("TypeError:", e)
pn = property(1)
class E:
    v = pn
try:
    E().v
except TypeError as e:
    print("TypeError:", e)

# Getter raising.
class F:
    @property
    def boom(self):
        raise ValueError("boom")
try:
    F().boom
except ValueError as e:
    print("ValueError:", e)
print(repr(property).startswith("<class"))
