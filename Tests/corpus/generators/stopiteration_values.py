# Return values that look like StopIteration arguments: tuples, None, exceptions, StopIteration
# instances travel intact through StopIteration.value, send(), throw() and yield from.
def ret(v):
    yield "first"
    return v

values = [(1, 2), (), (None,), None, StopIteration("inner"), ValueError("x"), [1], "s", 0]
for v in values:
    g = ret(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(v), "->", repr(e.value), e.value is v, repr(e.args))

def delegate(v):
    r = yield from ret(v)
    return ("got", r)
for v in values:
    g = delegate(v)
    next(g)
    try:
        g.send(None)
    except StopIteration as e:
        print("yield from", repr(e.value))

# StopIteration subclasses and their value
class MyStop(StopIteration):
    pass
class Iter:
    def __iter__(self):
        return self
    def __next__(self):
        raise MyStop("custom value")
def from_iter():
    r = yield from Iter()
    return r
g = from_iter()
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, repr(e.value))

# StopIteration raised by an iterator with several args
class Multi:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(1, 2)
def from_multi():
    return (yield from Multi())
try:
    next(from_multi())
except StopIteration as e:
    print(repr(e.value), e.args)

# the value of StopIteration created by hand
print(StopIteration().value, StopIteration(5).value, StopIteration(5, 6).value)
e = StopIteration(1)
e.value = "changed"
print(e.value, e.args)

# coroutines returning tuples and exceptions
async def coro(v):
    return v
for v in [(1, 2), ValueError("y"), None]:
    try:
        coro(v).send(None)
    except StopIteration as e:
        print("coroutine", repr(e.value))
