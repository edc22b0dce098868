# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def bad():
    yield 1
    raise StopIteration("oops")

g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

def inner_next():
    it = iter([])
    yield next(it)

try:
    list(inner_next())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

class MyStop(StopIteration):
    pass

def subclass():
    raise MyStop
    yield

try:
    next(subclass())
except RuntimeError as e:
    print("subclass:", e, type(e.__cause__).__name__)

# other exceptions pass through unchanged
def other():
    raise KeyError("k")
    yield

try:
    next(other())
except KeyError as e:
    print("KeyError", e)

# StopIteration caught inside the generator is fine
def caught():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught it"

print(list(caught()))

# generator expressions too
def stopper(x):
    if x == 2:
        raise StopIteration
    return x

try:
    print(list(stopper(x) for x in range(5)))
except RuntimeError as e:
    print("genexp:", e)

# a list comprehension is not a generator
try:
    print([stopper(x) for x in range(5)])
except StopIteration:
    print("listcomp lets StopIteration out")

# the generator is finished afterwards
g = bad()
next(g)
try:
    next(g)
except RuntimeError:
    pass
print(next(g, "exhausted"))

# throw(StopIteration) into a suspended generator
def waiting():
    yield 1
    yield 2
g = waiting()
next(g)
try:
    g.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("thrown:", e, e.__cause__)

# send into one that raises StopIteration
def sender():
    x = yield
    raise StopIteration(x)
g = sender()
next(g)
try:
    g.send(5)
except RuntimeError as e:
    print("send:", e, e.__cause__.args)
