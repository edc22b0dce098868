# PEP 479 for async generators: StopIteration and StopAsyncIteration raised inside become RuntimeError.
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return "StopAsyncIteration"

async def raises(exc):
    yield 1
    raise exc

for exc in [StopIteration("si"), StopAsyncIteration("sai"), ValueError("plain")]:
    g = raises(exc)
    print(run(g.__anext__()))
    try:
        run(g.__anext__())
    except Exception as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
    print(run(g.__anext__()))

# StopIteration from a nested next() call inside an async generator
async def uses_next():
    it = iter([])
    yield next(it)
g = uses_next()
try:
    run(g.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# athrow of StopAsyncIteration into a generator that does not catch it
async def simple():
    yield 1
    yield 2
g = simple()
run(g.__anext__())
try:
    run(g.athrow(StopAsyncIteration))
except RuntimeError as e:
    print("RuntimeError:", e)

# catching the exception inside is fine
async def catching():
    try:
        raise StopAsyncIteration
    except StopAsyncIteration:
        yield "caught inside"
g = catching()
print(run(g.__anext__()))
print(run(g.__anext__()))

# syntax: return with a value and yield from are errors in async generators
for src in ["async def f():\n    yield 1\n    return 2\n",
            "async def f():\n    yield from x\n",
            "def f():\n    await x\n",
            "async def f():\n    x = [(yield) for i in y]\n"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
