# Assigning __class__.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
a.x = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.x, isinstance(a, B))

def err(f):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
class S3:
    __slots__ = ("a",)
def set_cls(o, c):
    o.__class__ = c
err(lambda: set_cls(A(), S1))
err(lambda: set_cls(S1(), S2))
s = S1()
s.a = 5
set_cls(s, S3)
print(type(s).__name__, s.a)
err(lambda: set_cls(A(), 1))
err(lambda: set_cls(1, A))
err(lambda: set_cls(A(), int))
err(lambda: set_cls([], A))
class L(list): pass
class L2(list): pass
l = L([1])
set_cls(l, L2)
print(type(l).__name__, l)
err(lambda: set_cls(l, list))
err(lambda: set_cls(L(), A))
def delete():
    o = A()
    del o.__class__
err(delete)

# Module __class__ assignment to a ModuleType subclass.
import sys
ModuleType = type(sys)
class MyModule(ModuleType):
    def __repr__(self): return "<my module>"
m = ModuleType("m")
m.__class__ = MyModule
print(repr(m))
err(lambda: set_cls(m, A))

# A class with __dict__ vs one without.
class NoDict:
    __slots__ = ()
err(lambda: set_cls(A(), NoDict))
class WithDictSlot:
    __slots__ = ("__dict__",)
err(lambda: set_cls(A(), WithDictSlot))
class WithDictSlot2:
    __slots__ = ("__dict__", "__weakref__")
o = A()
set_cls(o, WithDictSlot2)
print(type(o).__name__)

# Instances of classes with a different metaclass can switch.
class Meta(type): pass
class MA(metaclass=Meta): pass
o = A()
set_cls(o, MA)
print(type(o).__name__)

# object() cannot change class.
err(lambda: set_cls(object(), A))
