# Metaclass selection: explicit, derived from bases, most-derived winner, conflicts.
class M1(type): pass
class M2(type): pass
class M3(M1): pass

class A(metaclass=M1): pass
class B(A): pass
print(type(A).__name__, type(B).__name__)

class C(metaclass=M3): pass
class D(A, C): pass
print(type(D).__name__)

class E(C, A): pass
print(type(E).__name__)

class F(A, metaclass=type): pass
print(type(F).__name__)

class G(metaclass=M1): pass
class H(metaclass=M2): pass
try:
    class I(G, H): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class J(H, metaclass=M1): pass
except TypeError as e:
    print("TypeError:", e)

# A metaclass that is a plain function: no derivation happens.
def meta_func(name, bases, ns, **kw):
    print("meta_func", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return 42

class K(metaclass=meta_func, x=1):
    a = 1
    def f(self): pass
print(K)

class L(G, metaclass=meta_func): pass
print(L)

# type(...) called directly with conflicting metaclass.
try:
    M1("X", (H,), {})
except TypeError as e:
    print("TypeError:", e)

# type.__new__ picks the winner when called on a base metaclass.
X = type("X", (C,), {})
print(type(X).__name__)

# Metaclass __call__ controls instance creation.
class Singleton(type):
    instances = {}
    def __call__(cls, *a, **k):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*a, **k)
        return Singleton.instances[cls]

class S(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
s1 = S(1)
s2 = S(2)
print(s1 is s2, s1.v)

# Metaclass methods are visible on the class but not the instance.
class MM(type):
    def hello(cls):
        return "hello from " + cls.__name__
    attr = "meta-attr"
class Q(metaclass=MM): pass
print(Q.hello(), Q.attr)
try:
    Q().hello
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Q(), "attr"))

# metaclass keyword with non-class bases order
class N(object, metaclass=M3): pass
print(type(N).__name__, N.__bases__)
