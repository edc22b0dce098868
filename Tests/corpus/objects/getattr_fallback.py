# __getattr__ is called only when normal lookup fails with AttributeError.
class A:
    x = 1
    def __init__(self):
        self.y = 2
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("no_"):
            raise AttributeError("custom: " + name)
        return name.upper()
a = A()
print(a.x, a.y, a.z)
print(getattr(a, "w"), hasattr(a, "no_thing"), getattr(a, "no_x", "default"))
try:
    a.no_such
except AttributeError as e:
    print("AttributeError:", e)

# Property raising AttributeError falls back to __getattr__.
class B:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback for " + name
print(B().p)

# Property raising another error does not.
class C:
    @property
    def p(self):
        raise KeyError("k")
    def __getattr__(self, name):
        return "fallback"
try:
    C().p
except KeyError as e:
    print("KeyError:", e)

# __getattr__ is looked up on the type.
class D: pass
d = D()
d.__getattr__ = lambda n: "instance"
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)

# Adding __getattr__ to a class later.
D.__getattr__ = lambda self, n: "added " + n
print(d.missing)
del D.__getattr__
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)

# Inherited __getattr__.
class E(A): pass
print(E().q)

# __getattr__ on a class via the metaclass.
class Meta(type):
    def __getattr__(cls, name):
        return "meta " + name
class F(metaclass=Meta):
    real = 1
print(F.real, F.virtual)

# Recursion guard pattern.
class G:
    def __init__(self):
        self.data = {"k": 1}
    def __getattr__(self, name):
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None
g = G()
print(g.k)
try:
    g.nope
except AttributeError as e:
    print("AttributeError:", e)

# __getattr__ with dunder names: special lookup bypasses it.
class H:
    def __getattr__(self, name):
        return lambda *a: "via getattr"
h = H()
print(h.__len__())
try:
    len(h)
except TypeError as e:
    print("TypeError:", e)
