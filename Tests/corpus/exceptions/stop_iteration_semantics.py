def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", repr(e.value), e.args)

def raises_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(raises_stop())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

def delegating():
    r = yield from gen()
    print("got", r)
    yield 2
print(list(delegating()))

it = iter([])
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)
print(next(iter([]), "default"))

class MyIter:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(7)
for x in MyIter():
    print("never")
print("loop done")
e = StopIteration()
print(e.value)
e = StopIteration(1, 2)
print(e.value)
