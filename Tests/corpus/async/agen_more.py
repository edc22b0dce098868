# More async generator behaviour: asend values through async for, yields inside try/except
# around awaits, async generators as methods, aclose() after exhaustion, repr and types of awaitables.
import types

@types.coroutine
def suspend(v=None):
    return (yield v)

def drive(c):
    trace = []
    try:
        while True:
            trace.append(c.send(None))
    except StopIteration as e:
        return e.value, trace

class Stream:
    def __init__(self, n):
        self.n = n
    async def items(self):
        for i in range(self.n):
            try:
                await suspend(("fetch", i))
            except KeyError:
                yield ("skipped", i)
                continue
            yield i

async def consume():
    out = []
    async for v in Stream(3).items():
        out.append(v)
    return out
print(drive(consume()))

# throwing into the awaitable while the generator awaits: handled inside
s = Stream(2).items()
aw = s.__anext__()
print(aw.send(None))
try:
    aw.throw(KeyError("k"))
except StopIteration as e:
    print("yielded", e.value)
aw = s.__anext__()
print(aw.send(None))
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value)
print(drive(s.__anext__()) if False else "skip")
try:
    drive(s.__anext__())
except StopAsyncIteration:
    print("exhausted")
print(drive(s.aclose()))
print(drive(s.aclose()))
try:
    drive(s.asend(None))
except StopAsyncIteration:
    print("asend on exhausted: StopAsyncIteration")
try:
    drive(s.athrow(ValueError))
except StopAsyncIteration:
    print("athrow on exhausted: StopAsyncIteration")
except ValueError:
    print("athrow on exhausted: ValueError")

# types and reprs
g = Stream(1).items()
for aw in [g.__anext__(), g.asend(None), g.athrow(ValueError), g.aclose()]:
    r = repr(aw)
    print(type(aw).__name__, r.startswith("<" + type(aw).__name__ + " object at 0x"))
    aw.close()
print(Stream.items.__qualname__, g.__qualname__, type(g).__name__)
print(drive(g.aclose()))

# an async generator with finally and return
async def with_finally():
    try:
        yield 1
        return
    finally:
        print("finally on return")
async def collect():
    return [x async for x in with_finally()]
print(drive(collect()))
