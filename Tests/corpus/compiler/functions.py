# Closures, nonlocal, globals, defaults, decorators, recursion.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print(counter)

def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
print(add5(10), make_adder(1)(1))

def accumulator():
    total = 0
    def acc(x):
        nonlocal total
        total += x
        return total
    return acc

acc = accumulator()
acc(1); acc(2)
print(acc(3))

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()

print(outer())

def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return "<%s>%s</%s>" % (tag, fn(*a, **k), tag)
        inner.__name__ = fn.__name__
        return inner
    return wrap

@deco("b")
@deco("i")
def text(s):
    """Docstring here."""
    return s.upper()

print(text("hi"), text.__name__)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20))

def kwonly(a, /, b, *, c=3):
    return a, b, c

print(kwonly(1, 2), kwonly(1, b=5, c=6))

def doc():
    "the doc"

print(doc.__doc__, doc())

def defaults_are_evaluated_once(x=[]):
    x.append(1)
    return len(x)

print(defaults_are_evaluated_once(), defaults_are_evaluated_once())

def cell_param(p):
    def get():
        return p
    p = p * 2
    return get()

print(cell_param(21))

def shadow():
    result = []
    for i in range(3):
        result.append(lambda i=i: i * 10)
    return [f() for f in result]

print(shadow())

def late_binding():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]

print(late_binding())

def annotated(a: int, *args: str, b: "x" = 1, **kw: float) -> bool:
    pass

print(annotated.__annotations__)

def unbound():
    print(undefined_local)
    undefined_local = 1

try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def deleted():
    x = 1
    del x
    return x

try:
    deleted()
except UnboundLocalError as e:
    print(e)

def free_unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return inner()

print(free_unbound())
print(fact.__qualname__, make_adder(0).__qualname__, (lambda: 0).__qualname__)
