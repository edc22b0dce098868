# Custom mro() in a metaclass, __mro__ contents, mro errors.
class Meta(type):
    def mro(cls):
        print("mro() called for", cls.__name__)
        default = super().mro()
        return [default[0]] + list(reversed(default[1:-1])) + [object]
class A: 
    def f(self): return "A"
class B:
    def f(self): return "B"
class C(A, B, metaclass=Meta): pass
print([k.__name__ for k in C.__mro__], C().f())

class BadMro(type):
    def mro(cls):
        return [cls, 1]
try:
    class D(metaclass=BadMro): pass
except TypeError as e:
    print("TypeError:", e)

class NotSub(type):
    def mro(cls):
        return [cls, int, object]
try:
    class E(metaclass=NotSub): pass
except TypeError as e:
    print("TypeError:", e)

class NonIter(type):
    def mro(cls):
        return 5
try:
    class F(metaclass=NonIter): pass
except TypeError as e:
    print("TypeError:", e)

# The default mro() is a list; __mro__ is a tuple.
class G(A, B): pass
print(G.mro(), type(G.mro()).__name__, type(G.__mro__).__name__)
print(type.mro(G) == list(G.__mro__))
print(int.mro(), bool.__mro__)

# Diamond.
class O1: pass
class X(O1): pass
class Y(O1): pass
class Z(X, Y): pass
print([k.__name__ for k in Z.__mro__])

# The classic C3 example.
class O: pass
class F1(O): pass
class E1(O): pass
class D1(O): pass
class C1(D1, F1): pass
class B1(D1, E1): pass
class A1(B1, C1): pass
print([k.__name__ for k in A1.__mro__])

# Inconsistent.
try:
    class Bad(X, O1, Y): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(O1, X): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError:", e)

# __mro__ is read-only.
try:
    G.__mro__ = ()
except AttributeError as e:
    print("AttributeError:", e)
