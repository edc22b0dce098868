# Async generator attributes: ag_await, ag_frame, ag_running, ag_code, __name__, __qualname__, repr.
import types

@types.coroutine
def suspend(tag):
    return (yield tag)

async def agen(a):
    x = yield a
    await suspend("waiting")
    yield x

g = agen(5)
print(g.__name__, g.__qualname__, g.ag_code is agen.__code__, g.ag_code.co_name)
print(g.ag_running, g.ag_await, g.ag_frame is not None, g.ag_frame.f_lineno)
print(g.ag_frame.f_locals)
print(repr(g).startswith("<async_generator object agen at 0x"))

aw = g.asend(None)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value)
print(g.ag_running, g.ag_frame.f_lineno)

aw = g.asend("sent")
print(aw.send(None))
print(g.ag_running, type(g.ag_await).__name__, g.ag_frame.f_lineno)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value)
print(g.ag_running, g.ag_await)

try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")
print(g.ag_frame, g.ag_running)

# running inside
async def introspect():
    yield me.ag_running
    yield me.ag_frame.f_code.co_name
me = introspect()
for _ in range(2):
    try:
        me.__anext__().send(None)
    except StopIteration as e:
        print("inside:", e.value)

# names are settable to strings only; read-only attributes
g = agen(1)
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__, repr(g).startswith("<async_generator object Q.renamed at"))
for attr, value in [("__name__", 1), ("__qualname__", None)]:
    try:
        setattr(g, attr, value)
    except TypeError as e:
        print("TypeError:", e)
for attr in ["ag_code", "ag_running", "ag_frame", "ag_await"]:
    try:
        setattr(g, attr, None)
    except AttributeError as e:
        print("AttributeError:", attr, e)

class C:
    async def method(self):
        yield 1
print(C().method().__qualname__)
print(type(g), type(g).__name__)
print(hasattr(g, "__next__"), hasattr(g, "send"), hasattr(g, "__anext__"), hasattr(g, "asend"))
print(sorted(a for a in dir(g) if a.startswith("ag_")))
