# Generators, coroutines and async generators against the collections.abc protocols, and classes
# implementing those protocols driven by await, async for and yield from.
import collections.abc as cabc, types
def g(): yield
async def c(): pass
async def a(): yield
gen, co, ag = g(), c(), a()
for o in [gen, co, ag, co.__await__(), ag.__anext__(), ag.asend(None), ag.athrow(ValueError), ag.aclose()]:
    print(type(o).__name__, [n for n in ["Iterable", "Iterator", "Generator", "Awaitable", "Coroutine",
                                          "AsyncIterable", "AsyncIterator", "AsyncGenerator"]
                              if isinstance(o, getattr(cabc, n))])
co.close()
print(isinstance(gen, types.GeneratorType), isinstance(co, types.CoroutineType), isinstance(ag, types.AsyncGeneratorType))
# classes implementing the protocols
class MyCoro(cabc.Coroutine):
    def send(self, v): raise StopIteration(v)
    def throw(self, *a): raise a[0]
    def __await__(self): return iter([])
async def use():
    return await MyCoro()
try:
    use().send(None)
except StopIteration as e:
    print("StopIteration", e.value)
class MyAgen(cabc.AsyncGenerator):
    async def asend(self, v):
        raise StopAsyncIteration
    async def athrow(self, *a):
        raise a[0]
async def loop():
    out = []
    async for x in MyAgen():
        out.append(x)
    return out
try:
    loop().send(None)
except StopIteration as e:
    print("StopIteration", e.value)
class MyGen(cabc.Generator):
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
    def throw(self, *a): raise a[0]
m = MyGen()
print(list(m))
m = MyGen(); next(m)
print(m.close())
def deleg():
    return (yield from MyGen())
print(list(deleg()))
