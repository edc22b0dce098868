# __call__ and callable().
class A:
    def __call__(self, *a, **k):
        return ("called", a, k)
a = A()
print(a(1, x=2), callable(a), callable(A), callable(1), callable(len), callable(lambda: 0))

class B: pass
b = B()
try:
    b()
except TypeError as e:
    print("TypeError:", e)
b.__call__ = lambda: "instance attr"
print(callable(b))
try:
    b()
except TypeError as e:
    print("TypeError:", e)
B.__call__ = lambda self: "added later"
print(b(), callable(b))
del B.__call__
try:
    b()
except TypeError as e:
    print("TypeError:", e)

# __call__ that is not a function.
class C:
    __call__ = 5
try:
    C()()
except TypeError as e:
    print("TypeError:", e)
print(callable(C()))

# __call__ as a staticmethod / classmethod.
class D:
    @staticmethod
    def __call__(x):
        return ("static call", x)
print(D()(3))
class E:
    @classmethod
    def __call__(cls, x):
        return ("class call", cls.__name__, x)
print(E()(4))

# Calling non-callables.
for v in (1, "s", [], None, 1.5, (1,)):
    try:
        v()
    except TypeError as e:
        print("TypeError:", e)

# A chain of __call__ objects.
class F:
    def __init__(self, n): self.n = n
    def __call__(self): return F(self.n + 1) if self.n < 3 else self.n
print(F(0)()()()())

# Metaclass __call__ vs class __call__.
class Meta(type):
    def __call__(cls, *a):
        return "meta-call"
class G(metaclass=Meta):
    def __call__(self):
        return "instance-call"
print(G())

# __call__ inherited from a builtin (types are callable).
class T(type): pass
print(T("X", (), {}).__name__)

# Calling with wrong arguments shows qualified names.
class H:
    def __call__(self, x): return x
try:
    H()()
except TypeError as e:
    print("TypeError:", e)
try:
    H()(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    H()(y=1)
except TypeError as e:
    print("TypeError:", e)
