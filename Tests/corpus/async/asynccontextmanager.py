# contextlib.asynccontextmanager: an async generator driven by async with (asend/athrow).
import contextlib, types

@types.coroutine
def suspend(tag):
    return (yield tag)

@contextlib.asynccontextmanager
async def resource(name):
    print("open", name)
    await suspend(("opening", name))
    try:
        yield name.upper()
    except ValueError as e:
        print("resource saw", repr(e))
        raise
    finally:
        await suspend(("closing", name))
        print("close", name)

@contextlib.asynccontextmanager
async def swallowing():
    try:
        yield
    except KeyError as e:
        print("swallowed", e)

def drive(coro):
    trace = []
    try:
        while True:
            trace.append(coro.send(None))
    except StopIteration as e:
        print("trace:", trace)
        return e.value

async def main():
    async with resource("a") as r:
        print("inside", r)
    try:
        async with resource("b"):
            raise ValueError("boom")
    except ValueError as e:
        print("main caught", e)
    async with swallowing():
        raise KeyError("k")
    return "main done"

print(drive(main()))

@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield
async def use_no_yield():
    async with no_yield():
        pass
try:
    drive(use_no_yield())
except RuntimeError as e:
    print("RuntimeError:", e)

@contextlib.asynccontextmanager
async def two_yields():
    yield 1
    yield 2
async def use_two():
    async with two_yields():
        pass
try:
    drive(use_two())
except RuntimeError as e:
    print("RuntimeError:", e)
