# await in every expression position, in try/except/finally, nested async with/for in async generators, coroutine methods and closures.
import types, sys
@types.coroutine
def suspend(v=None):
    return (yield v)
def drive(c):
    out = []
    try:
        while True:
            out.append(c.send(None))
    except StopIteration as e:
        return e.value, out
# await in every expression position
async def val(x):
    await suspend(("val", x))
    return x
async def positions():
    a = await val(1) + await val(2)
    b = [await val(i) for i in range(2)]
    c = {await val("k"): await val("v")}
    d = (await val(3)) if await val(True) else None
    e = f"{await val('f')}"
    g = await val(await val(4))
    h = -await val(5)
    i = [*(await val((6, 7)))]
    return a, b, c, d, e, g, h, i
print(drive(positions()))
# await in try/except/finally, and with return in finally
async def tf():
    try:
        await val("try")
        raise ValueError
    except ValueError:
        await val("except")
    else:
        await val("else")
    finally:
        await val("finally")
    return "tf done"
print(drive(tf()))
# async generator with async with & async for inside
class ACM:
    async def __aenter__(self):
        await suspend("aenter")
        return self
    async def __aexit__(self, *a):
        await suspend(("aexit", a[0].__name__ if a[0] else None))
async def inner_ag():
    for i in range(2):
        await suspend(("inner", i))
        yield i
async def outer_ag():
    async with ACM():
        async for x in inner_ag():
            yield x * 100
async def consume():
    return [x async for x in outer_ag()]
print(drive(consume()))
# closing the outer async gen mid-iteration
async def partial():
    ag = outer_ag()
    first = await ag.__anext__()
    await ag.aclose()
    return first
print(drive(partial()))
# async generator with break in async for inside coroutine: generator remains suspended
async def breaker():
    ag = inner_ag()
    async for x in ag:
        break
    return ag.ag_frame is not None, ag.ag_running
print(drive(breaker()))
# lambda returning coroutine; await on it
async def viaLambda():
    f = lambda: val("lam")
    return await f()
print(drive(viaLambda()))
# coroutine methods & classmethods
class K:
    async def m(self):
        return await val("m")
    @classmethod
    async def cm(cls):
        return cls.__name__
    @staticmethod
    async def sm():
        return "sm"
async def methods():
    k = K()
    return await k.m(), await K.cm(), await K.sm()
print(drive(methods()))
print(K.m.__qualname__, K().m().__qualname__ if False else "")
# async def with default args, *args, **kwargs, closures
def make(n):
    async def add(x, *more, scale=1, **kw):
        await suspend()
        return (x + n + sum(more)) * scale, kw
    return add
print(drive(make(10)(1, 2, 3, scale=2, extra=True)))
c = make(1)(1)
print(c.cr_frame.f_locals)
c.close()
