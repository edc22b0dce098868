# yield from: values, send, return values, nesting.
def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total

def outer():
    r1 = yield from inner(3)
    print("inner returned", r1)
    r2 = yield from inner(2)
    print("inner returned", r2)
    return r1 + r2

g = outer()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send(30))
print(g.send(5))
try:
    g.send(6)
except StopIteration as e:
    print("outer returned", e.value)

# deep nesting
def level(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from level(n - 1)
    return r + 1

g = level(50)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("depth", e.value)

# yield from an exhausted generator
def exhausted():
    yield 1
e = exhausted()
list(e)
def uses():
    r = yield from e
    print("result of exhausted:", r)
    yield "after"
print(list(uses()))

# yield from with a generator expression, range, str, dict
def mixed():
    yield from (x * 2 for x in range(3))
    yield from range(3, 5)
    yield from "ab"
    yield from {"k": 1}
print(list(mixed()))

# the value of yield from on plain iterators is None
def plain():
    r = yield from [1]
    yield r
print(list(plain()))

# yield from non-iterable
def bad():
    yield from 5
try:
    next(bad())
except TypeError as e:
    print("TypeError:", e)

# send to a plain iterator without send()
def deleg():
    yield from iter([1, 2, 3])
g = deleg()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
print(next(g, "exhausted?"))

# a custom iterator with send
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("done-value")
        return self.n
    def send(self, v):
        print("Echo.send", v)
        return self.__next__()

def to_echo():
    r = yield from Echo()
    print("Echo returned", r)
g = to_echo()
print(next(g))
print(g.send("hi"))
print(g.send(None))
try:
    g.send("last")
except StopIteration:
    print("stopped")
