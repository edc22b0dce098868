# Class attributes versus instance attributes.
class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(Counter.count)
a, b = Counter(), Counter()
print(Counter.count, a.count, b.items is a.items, Counter.items)
a.count = 100
print(a.count, b.count, Counter.count, "count" in a.__dict__)
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print("AttributeError:", e)
# Class attributes seen through subclasses and shadowing.
class Base:
    x = "base"
    def get(self): return self.x
class Sub(Base):
    pass
class Sub2(Base):
    x = "sub2"
print(Sub().get(), Sub2().get(), Sub.x, Sub2.x)
Base.x = "changed"
print(Sub().get(), Sub2().get())
# Class bodies run top to bottom and can use earlier names.
class Body:
    a = 1
    b = a + 1
    c = [a, b]
    def method(self): return self.b
    d = method
print(Body.b, Body.c, Body().d())
# Class body names are not visible from methods without qualification.
x = "global"
class Scope:
    x = "class"
    def f(self): return x
    g = lambda self: x
print(Scope().f(), Scope().g())
# Class attribute that is a function vs staticmethod
def plain(*args): return args
class Holder:
    f = plain
    s = staticmethod(plain)
h = Holder()
print(len(h.f()), h.s(), Holder.f(1))
# Attributes on classes can be any object, including classes.
class Outer:
    class Inner:
        pass
    inner_instance = Inner()
print(type(Outer.inner_instance).__qualname__, isinstance(Outer.inner_instance, Outer.Inner))
# delattr of class attribute through the instance fails.
class K:
    v = 1
try:
    del K().v
except AttributeError as e:
    print("AttributeError:", e)
# __dict__ of class contains only own attributes.
print(sorted(k for k in Sub2.__dict__ if not k.startswith("__")), sorted(k for k in Sub.__dict__ if not k.startswith("__")))
# Name mangling on class attributes.
class M:
    __hidden = 1
    def get(self): return self.__hidden
print(M().get(), hasattr(M, "__hidden"), M._M__hidden)
class _Underscore:
    __x = 2
print(_Underscore._Underscore__x)
class ___:
    __y = 3
print(___.__dict__.get("__y"))
