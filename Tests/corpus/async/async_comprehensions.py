# Async comprehensions: async for in list/set/dict comprehensions and async generator expressions,
# await inside comprehensions.
import types

@types.coroutine
def suspend(v):
    return (yield v)

async def arange(n):
    for i in range(n):
        await suspend(("arange", i))
        yield i

async def double(x):
    await suspend(("double", x))
    return x * 2

def drive(coro):
    trace = []
    try:
        while True:
            trace.append(coro.send(None))
    except StopIteration as e:
        return e.value, len(trace)

async def main():
    a = [i async for i in arange(4)]
    b = {i % 2 async for i in arange(4)}
    c = {i: i * i async for i in arange(3)}
    d = [await double(i) for i in range(3)]
    e = [i async for i in arange(6) if i % 2 if i > 1]
    f = [(i, j) async for i in arange(3) for j in range(i)]
    g = [await double(i) async for i in arange(3)]
    gen = (i * 10 async for i in arange(3))
    h = [x async for x in gen]
    return a, sorted(b), c, d, e, f, g, type(gen).__name__, h

print(drive(main()))

# An async generator expression is an async generator object
async def agenexp():
    ge = (await double(i) for i in range(3))
    print(type(ge).__name__)
    return [x async for x in ge]
print(drive(agenexp()))

# In a plain function, async comprehensions are SyntaxErrors; an async generator expression is allowed
for src in ["def f():\n    return [x async for x in y]\n",
            "def f():\n    return [await x for x in y]\n",
            "def f():\n    return (x async for x in y)\n"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# exceptions inside async comprehensions propagate
async def bad():
    return [1 // (i - 2) async for i in arange(4)]
try:
    drive(bad())
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
