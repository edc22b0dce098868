# Async generators driven by hand: __anext__ awaitables, StopIteration carrying values, StopAsyncIteration.
import types

async def agen(n):
    for i in range(n):
        yield i * 10
    print("agen body done")

def step(aw):
    # Drive one awaitable to completion; return the value or the exception name.
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("stop", type(e).__name__, e.args)

g = agen(3)
print(type(g).__name__, type(g.__anext__()).__name__)
print(g.__aiter__() is g)
for _ in range(5):
    print(step(g.__anext__()))

# next() on the awaitable works like send(None)
g = agen(2)
aw = g.__anext__()
print(type(aw).__name__, aw.__await__() is aw, iter(aw) is aw)
try:
    next(aw)
except StopIteration as e:
    print("next StopIteration", e.value, e.args)

# Awaits inside the async generator pass through to the driver
@types.coroutine
def suspend(tag):
    got = yield ("suspend", tag)
    return got

async def awaiting():
    x = await suspend("a")
    yield ("after a", x)
    y = await suspend("b")
    yield ("after b", y)

g = awaiting()
aw = g.__anext__()
print(aw.send(None))
try:
    aw.send("sent-a")
except StopIteration as e:
    print("yielded", e.value)
aw = g.__anext__()
print(aw.send(None))
try:
    aw.send("sent-b")
except StopIteration as e:
    print("yielded", e.value)
print(step(g.__anext__()))
print(step(g.__anext__()))

# return with no value is allowed in an async generator
async def early(flag):
    yield 1
    if flag:
        return
    yield 2
g = early(True)
print(step(g.__anext__()), step(g.__anext__()))
