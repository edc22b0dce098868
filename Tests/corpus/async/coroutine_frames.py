# Coroutine frames: cr_frame locals and line numbers through a chain of awaits, cr_await chains,
# the coroutine's qualname/name in nested scopes, and closures kept alive by suspended coroutines.
import types

@types.coroutine
def suspend(v=None):
    return (yield v)

async def leaf(x):
    y = x * 2
    await suspend(("leaf", y))
    return y

async def middle(x):
    z = await leaf(x + 1)
    return z

def outer_factory():
    counter = [0]
    async def tick():
        counter[0] += 1
        await suspend(counter[0])
        counter[0] += 1
        return counter
    return tick

c = middle(1)
print(c.cr_frame.f_locals, c.cr_frame.f_lineno)
print(c.send(None))
print(c.cr_frame.f_locals, c.cr_frame.f_lineno)
inner = c.cr_await
print(type(inner).__name__, inner.__qualname__, inner.cr_frame.f_locals, inner.cr_frame.f_lineno)
print(type(inner.cr_await).__name__, inner.cr_await.__name__)
print(inner.cr_running, c.cr_running, inner.cr_suspended)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print(c.cr_frame, c.cr_await, inner.cr_frame)

tick = outer_factory()
print(tick.__qualname__)
t = tick()
print(t.__qualname__, t.__name__)
print(t.send(None))
del tick
try:
    t.send(None)
except StopIteration as e:
    print("closure value", e.value)
