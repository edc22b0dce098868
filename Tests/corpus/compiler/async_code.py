# xfail: needs runtime features not in swiftpy yet (see the test's first failure)
# Coroutines, await, async with, async for, async comprehensions, async generators,
# driven by a tiny loop (and by asyncio).
class Suspend:
    """An awaitable that yields once to the driver."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield ("suspend", self.value)
        return got


def run(coro):
    sent = None
    while True:
        try:
            request = coro.send(sent)
        except StopIteration as stop:
            return stop.value
        print("driver got", request)
        sent = request[1] * 10


async def add(a, b):
    x = await Suspend(a)
    y = await Suspend(b)
    return x + y


print(run(add(1, 2)))


async def nested():
    r = await add(3, 4)
    return r * 2


print(run(nested()))


class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        await Suspend(1)
        return "cm value"

    async def __aexit__(self, typ, val, tb):
        print("aexit", typ.__name__ if typ else None)
        return True


async def use_cm():
    async with AsyncCM() as v:
        print("inside", v)
        raise ValueError("swallowed")
    return "after"


print(run(use_cm()))


class AsyncIter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Suspend(self.i)
        return self.i


async def use_for():
    out = []
    async for v in AsyncIter(3):
        if v == 2:
            continue
        out.append(v)
    else:
        out.append("else")
    return out


print(run(use_for()))


async def agen(n):
    for i in range(n):
        await Suspend(i)
        yield i * 100


async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    comp = [v async for v in agen(2)]
    awaited = [await add(i, i) for i in range(2)]
    return out, comp, awaited


print(run(consume()))

import asyncio


async def with_asyncio():
    await asyncio.sleep(0)
    results = await asyncio.gather(add_plain(1), add_plain(2))
    return results


async def add_plain(v):
    await asyncio.sleep(0)
    return v + 1


print(asyncio.run(with_asyncio()))


async def raising():
    await Suspend(0)
    raise KeyError("from coroutine")


try:
    run(raising())
except KeyError as e:
    print("caught", e)
