# Return values travel in StopIteration.value: next, send, throw, yield from.
def ret(v):
    yield "first"
    return v

for v in [None, 0, "s", (1, 2), [3], StopIteration("inner"), (None,)]:
    g = ret(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args)

g = ret(42)
next(g)
try:
    g.send("x")
except StopIteration as e:
    print("send", e.value)

def handled():
    try:
        yield 1
    except ValueError:
        return "from handler"

g = handled()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("throw", e.value)

def outer():
    r = yield from ret("inner result")
    print("outer got", r)
    return r * 2

g = outer()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)

# a tuple return value is not unpacked
def tup():
    return (1,)
    yield
try:
    next(tup())
except StopIteration as e:
    print(e.value, e.args)

# StopIteration subclass raised by next on a plain iterator
class It:
    def __iter__(self): return self
    def __next__(self):
        raise StopIteration("custom", 2)

def deleg():
    r = yield from It()
    return r

try:
    next(deleg())
except StopIteration as e:
    print("yield from It:", e.value, e.args)
