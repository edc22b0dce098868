# When a generator's locals, temporaries and arguments are released: on close, on return,
# never started, after a delegation ends (as CPython clears the frame).
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def gen():
    a = D("a")
    try:
        b = D("b")
        yield 1
        yield 2
    finally:
        print("finally")
    print("after")

g = gen()
next(g)
print("dropping")
del g
print("--")
g = gen()
next(g); next(g)
print("exhausting")
next(g, None)
print("exhausted")
del g
print("--")
# locals released when the generator returns, before StopIteration reaches the caller
def short():
    x = D("x")
    yield x.name
for v in short():
    print("got", v)
print("loop done")
print("--")
# temporaries held across a yield
def temps():
    print(len([D("t1"), (yield "mid"), D("t2")]))
    yield "end"
t = temps()
print(next(t))
print(t.send(None))
del t
print("--")
# arguments of a never-started generator are released with it
def args(p):
    yield p
g = args(D("arg"))
del g
print("--")
# yield from: sub-generator released when delegation ends
def sub():
    s = D("s")
    yield 1
    return "sub result"
def dele():
    r = yield from sub()
    print("delegation returned", r)
    yield 2
g = dele()
print(next(g))
print(next(g))
del g
print("end")
