# aiter() and anext() builtins with async generators and custom async iterators.
import types

@types.coroutine
def suspend(v):
    return (yield v)

async def agen():
    yield 1
    await suspend("inside")
    yield 2

def drive(coro):
    trace = []
    try:
        while True:
            trace.append(coro.send(None))
    except StopIteration as e:
        return ("value", e.value, trace)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args, trace)

g = agen()
print(aiter(g) is g)
print(drive(anext(g)))
print(drive(anext(g)))
print(drive(anext(g)))
print(drive(anext(g, "default")))
print(drive(anext(g, None)))

# anext with a default on a custom iterator
class It:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration("done")
        return self.n
it = It()
print(aiter(it) is it)
print(drive(anext(it)))
print(drive(anext(it)))
print(drive(anext(it, "dflt")))
print(drive(anext(it)))

# Errors
for bad in [1, [1], "s"]:
    try:
        aiter(bad)
    except TypeError as e:
        print("aiter TypeError:", e)
    try:
        anext(bad)
    except TypeError as e:
        print("anext TypeError:", e)

class AiterReturnsNonIter:
    def __aiter__(self):
        return 5
try:
    aiter(AiterReturnsNonIter())
except TypeError as e:
    print("aiter TypeError:", e)

try:
    anext()
except TypeError as e:
    print("TypeError:", e)
try:
    aiter()
except TypeError as e:
    print("TypeError:", e)

# anext with a default: the awaitable's type, send/throw/close
g = agen()
aw = anext(g, "d")
print(type(aw).__name__)
print(drive(aw))
aw = anext(g, "d")
print(aw.send(None))
try:
    aw.throw(ValueError("thrown"))
except ValueError as e:
    print("ValueError", e)
print(drive(anext(g, "d")))

async def main():
    g = agen()
    r = [await anext(g), await anext(g), await anext(g, "end")]
    return r
print(drive(main()))
