# Function attributes: __defaults__, __kwdefaults__, __annotations__, __wrapped__, __code__ ...
def f(a, b=2, *args, c, d=4, **kw) -> int:
    "doc of f"
    return (a, b, c, d)
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__, f.__annotations__)
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30, "d": 40}
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
del f.__defaults__
print(f.__defaults__)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print("TypeError:", e)
try:
    f.__kwdefaults__ = [1]
except TypeError as e:
    print("TypeError:", e)
del f.__kwdefaults__
print(f.__kwdefaults__)

def g(x: int, y: "str" = "s") -> None: pass
print(g.__annotations__)
g.__annotations__ = {"new": 1}
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)
del g.__annotations__
print(g.__annotations__)
def h(): pass
print(h.__annotations__, h.__defaults__, h.__kwdefaults__, h.__closure__)

# __name__ / __qualname__ assignment
h.__name__ = "renamed"
h.__qualname__ = "Q.renamed"
print(h.__name__, h.__qualname__, repr(h).startswith("<function Q.renamed at 0x"))
for attr in ("__name__", "__qualname__"):
    try:
        setattr(h, attr, 1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        delattr(h, attr)
    except TypeError as e:
        print("TypeError:", e)

# __doc__ and __module__ are writable, deletable.
h.__doc__ = "new doc"
h.__module__ = "mod"
print(h.__doc__, h.__module__)
del h.__doc__
print(h.__doc__)

# Arbitrary attributes and __wrapped__.
def wrapper(*a): return inner(*a)
def inner(x): return x + 1
wrapper.__wrapped__ = inner
print(wrapper.__wrapped__ is inner, wrapper(1))

# Read-only attributes.
for attr in ("__globals__", "__closure__", "__builtins__"):
    try:
        setattr(h, attr, {})
    except AttributeError as e:
        print("AttributeError:", e)
print(h.__globals__ is globals(), type(h.__builtins__).__name__)

# __code__ attributes and reassignment.
def k(a, b): return a + b
print(k.__code__.co_name, k.__code__.co_argcount, k.__code__.co_varnames)
def other(x, y): return x * y
k.__code__ = other.__code__
print(k(3, 4), k.__name__)
try:
    k.__code__ = 5
except TypeError as e:
    print("TypeError:", e)

# Closures.
def outer():
    v = 1
    def inner(): return v
    return inner
c = outer()
print(len(c.__closure__), type(c.__closure__[0]).__name__, c.__code__.co_freevars)

# Lambdas and nested qualnames.
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
class K:
    def meth(self):
        def local(): pass
        return local
print(K.meth.__qualname__, K().meth().__qualname__)
print(sorted(k for k in dir(f) if not k.startswith("__")))
