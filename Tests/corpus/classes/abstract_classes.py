# __abstractmethods__ and the instantiation error (3.11 wording).
def make(cls):
    try:
        cls()
        print("created", cls.__name__)
    except TypeError as e:
        print("TypeError:", e)

class A:
    def f(self): pass
A.__abstractmethods__ = frozenset({"f"})
make(A)
A.__abstractmethods__ = frozenset({"g", "f", "a"})
make(A)
A.__abstractmethods__ = frozenset()
make(A)
A.__abstractmethods__ = ["x"]
make(A)
A.__abstractmethods__ = ()
make(A)
A.__abstractmethods__ = ("z",)
del A.__abstractmethods__
make(A)
try:
    del A.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(A.__abstractmethods__)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(type.__abstractmethods__)
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.__abstractmethods__ = frozenset()
except TypeError as e:
    print("TypeError:", e)

# Abstractness is not inherited via the flag (ABCMeta recomputes it).
class B:
    __abstractmethods__ = frozenset({"m"})
make(B)
class C(B): pass
make(C)
try:
    print(C.__abstractmethods__)
except AttributeError as e:
    print("AttributeError:", e)
print(B.__abstractmethods__)

# Instances with abstract methods via a subclass of a builtin.
class D(list): pass
D.__abstractmethods__ = frozenset({"q"})
make(D)

# object.__new__ checks; other __new__ don't.
class E:
    def __new__(cls):
        return object.__new__(cls)
E.__abstractmethods__ = frozenset({"x"})
make(E)

class F:
    __slots__ = ()
F.__abstractmethods__ = {"s", "t"}
make(F)

# Non-string names
class G: pass
G.__abstractmethods__ = frozenset({1})
make(G)
