# Data descriptors beat the instance dict; non-data descriptors lose to it.
class Data:
    def __get__(self, inst, owner):
        return "data-get"
    def __set__(self, inst, value):
        print("data-set", value)
class NonData:
    def __get__(self, inst, owner):
        return "nondata-get"
class OnlySet:
    def __set__(self, inst, value):
        print("onlyset", value)
class OnlyDelete:
    def __delete__(self, inst):
        print("onlydelete")

class A:
    d = Data()
    n = NonData()
    s = OnlySet()
    od = OnlyDelete()
a = A()
a.__dict__.update(d="inst-d", n="inst-n", s="inst-s", od="inst-od")
print(a.d, a.n, a.s, a.od)
a.d = 1
a.s = 2
del a.od
try:
    a.od = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.s
except AttributeError as e:
    print("AttributeError:", e)
print(A.d, A.n, type(A.s).__name__)

# Descriptor on the class accessed through the class: __get__(None, cls)
class Trace:
    def __get__(self, inst, owner):
        return (inst, owner.__name__)
class B:
    t = Trace()
print(B.t, B().t[1])

# __get__ receives owner=type(inst) for instances.
class Sub(B): pass
print(Sub.t, Sub().t[1])

# Functions are non-data descriptors.
class C:
    def m(self): return "method"
c = C()
c.m = lambda: "instance attr"
print(c.m())
del c.m
print(c.m())

# Descriptor __get__ with a metaclass: class attribute lookup.
class MetaDesc:
    def __get__(self, inst, owner):
        return ("metadesc", inst.__name__ if inst else None, owner.__name__)
    def __set__(self, inst, value):
        print("meta set", value)
class Meta(type):
    md = MetaDesc()
class D(metaclass=Meta):
    md = "class value"
print(D.md)
D.md = 5
print(D.__dict__["md"])

class NonDataMeta:
    def __get__(self, inst, owner):
        return "nondata meta"
class Meta2(type):
    nd = NonDataMeta()
    only_meta = NonDataMeta()
class E(metaclass=Meta2):
    nd = "class wins"
print(E.nd, E.only_meta)

# Descriptor found in the class dict but not callable __get__.
class BadGet:
    __get__ = 5
class F:
    b = BadGet()
try:
    F().b
except TypeError as e:
    print("TypeError:", e)

# __set__ raising.
class RO:
    def __get__(self, inst, owner): return 1
    def __set__(self, inst, value): raise AttributeError("read-only descriptor")
class G:
    r = RO()
try:
    G().r = 2
except AttributeError as e:
    print("AttributeError:", e)

# Deleting a data descriptor without __delete__.
class H:
    d = Data()
try:
    del H().d
except AttributeError as e:
    print("AttributeError:", e)
# Setting a non-data descriptor attribute shadows it.
h = H()
h.__dict__["x"] = 1
class I:
    n = NonData()
i = I()
i.n = "shadow"
print(i.n)
