# agen.aclose(): GeneratorExit inside the async generator, finally blocks, ignored exit.
def run(aw):
    try:
        while True:
            print("  awaitable yielded", aw.send(None))
    except StopIteration as e:
        return ("done", e.value)
    except StopAsyncIteration:
        return "StopAsyncIteration"
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

async def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")

g = with_finally()
print(run(g.__anext__()))
print(run(g.aclose()))
print(run(g.__anext__()))
print(run(g.aclose()))

# aclose on a never-started async generator: nothing runs
g = with_finally()
print(run(g.aclose()))
print(run(g.__anext__()))

# yielding in answer to GeneratorExit
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield 2

g = stubborn()
print(run(g.__anext__()))
print(run(g.aclose()))

# raising another exception from the finally block
async def raiser():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

g = raiser()
print(run(g.__anext__()))
print(run(g.aclose()))

# an await in the finally block suspends the aclose() awaitable
import types
@types.coroutine
def suspend(tag):
    yield tag

async def cleanup():
    try:
        yield 1
    finally:
        await suspend("cleaning")
        print("cleanup done")

g = cleanup()
print(run(g.__anext__()))
print(run(g.aclose()))

# catching GeneratorExit and returning
async def returner():
    try:
        yield 1
    except GeneratorExit:
        print("exit caught, returning")
        return

g = returner()
print(run(g.__anext__()))
print(run(g.aclose()))

# aclose/athrow/asend while an asend is suspended inside the generator
g = cleanup()
print(run(g.__anext__()))
g2 = cleanup()
aw = g2.__anext__()
print(run(aw))
aw = g.aclose()
print(aw.send(None))
print(run(g.aclose()))
print(run(g.athrow(ValueError)))
print(run(g.asend(None)))
print(run(aw))
print(run(g2.aclose()))
