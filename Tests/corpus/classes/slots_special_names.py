# __classcell__ and __qualname__ may be slot names; docs of builtin types; dotted class names.
class Meta(type):
    def __new__(cls, name, bases, namespace, attr):
        print(attr in namespace)
        return super().__new__(cls, name, bases, namespace)

class C1:
    def __init__(self):
        self.b = 42

class C2(C1, metaclass=Meta, attr="__classcell__"):
    __slots__ = ["__classcell__"]
    def __init__(self):
        super().__init__()

print(type(C2.__dict__["__classcell__"]).__name__)
c = C2()
print(c.b, hasattr(c, "__classcell__"))
c.__classcell__ = 42
print(c.__classcell__)
try:
    class C3:
        __classcell__ = 42
        __slots__ = ["__classcell__"]
except TypeError as e:
    print(e)

class Q:
    __slots__ = ["__qualname__"]
print(Q.__qualname__, type(Q.__dict__["__qualname__"]).__name__)
q = Q()
q.__qualname__ = "inst"
print(q.__qualname__)

print(None.__doc__, type(None).__doc__, NotImplemented.__doc__, Ellipsis.__doc__)
print("__doc__" in type(None).__dict__, "__doc__" in type(iter([])).__dict__)
print(staticmethod(None).__dict__, classmethod(None).__dict__)

class K: pass
K.__name__ = "D.E"
print(K.__name__, K.__qualname__)
K.__qualname__ = "X.Y"
print(K.__name__, K.__qualname__, repr(K)[-6:])
try:
    K.__name__ = "a\x00b"
except ValueError as e:
    print(e)
T = type("a.b", (), {})
print(T.__name__, T.__qualname__, T)
try: T().x
except AttributeError as e: print(e)
class K: pass
K.__name__ = "D.E"; print(K.__name__)
K.__name__ = "F"; print(K.__name__)
from collections import OrderedDict, defaultdict
print(OrderedDict.__name__, defaultdict.__name__, OrderedDict)
