# __init_subclass__: implicit classmethod, keyword arguments, chaining.
class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append((cls.__name__, tag))

class A(Base, tag="a"): pass
class B(A): pass
class C(B, tag="c"): pass
print(Base.registry, A.tag, B.tag, C.tag)
print(type(Base.__dict__["__init_subclass__"]).__name__)

# Unknown keywords reach object.__init_subclass__.
try:
    class D(Base, tag="d", other=1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(other=1): pass
except TypeError as e:
    print("TypeError:", e)

# object.__init_subclass__ called directly.
object.__init_subclass__()
try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError:", e)

# __init_subclass__ is not called for the class that defines it.
class P:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__, cls.__mro__[1].__name__)
class Q(P): pass
class R(Q): pass

# Defined as an explicit classmethod too.
class S:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("explicit", cls.__name__, kw)
class T(S, k=1): pass

# __init_subclass__ runs after __set_name__ and sees the complete class.
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class U:
    def __init_subclass__(cls):
        print("init_subclass sees", cls.d.__class__.__name__)
class V(U):
    d = Desc()

# Errors raised by __init_subclass__ propagate.
class W:
    def __init_subclass__(cls):
        raise RuntimeError("refused " + cls.__name__)
try:
    class X(W): pass
except RuntimeError as e:
    print("RuntimeError:", e)

# Multiple inheritance: only the first in MRO runs unless super() is chained.
class M1:
    def __init_subclass__(cls, **kw):
        print("M1", cls.__name__)
        super().__init_subclass__(**kw)
class M2:
    def __init_subclass__(cls, **kw):
        print("M2", cls.__name__)
        super().__init_subclass__(**kw)
class Both(M1, M2): pass

# type() with keyword arguments forwards them.
class K:
    def __init_subclass__(cls, **kw):
        print("K kw", kw)
Y = type("Y", (K,), {})
class Z(K, a=1, b=2): pass
