# gen.send(): values flow in, the first send must be None, send after exhaustion.
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    return received

g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

g = echo()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
# the failed send did not start it
print(g.send(None))

def acc():
    total = 0
    while True:
        x = yield total
        total += x

g = acc()
next(g)
for i in range(5):
    print(g.send(i), end=" ")
print()

def fin():
    yield 1

g = fin()
next(g)
try:
    g.send(5)
except StopIteration as e:
    print("stop", e.args)
try:
    g.send(5)
except StopIteration as e:
    print("stop again", e.args)

# send argument count
g = echo()
for args in [(), (1, 2)]:
    try:
        g.send(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    g.send(x=1)
except TypeError as e:
    print("TypeError:", e)

# next() is send(None)
def two():
    a = yield 1
    print("got", a)
    b = yield 2
    print("got", b)

g = two()
print(next(g))
print(g.send("hello"))
try:
    next(g)
except StopIteration:
    print("done")

# yield as expression inside larger expressions
def expr():
    x = (yield 1) + (yield 2)
    print("sum", x)
    z = yield (yield 3)
    print("z", z)

g = expr()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send("inner"))
try:
    g.send("outer")
except StopIteration:
    print("end")
