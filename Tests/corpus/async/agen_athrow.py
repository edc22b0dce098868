# agen.athrow(): exceptions thrown into a suspended async generator.
async def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", repr(e))
            yield "handled"

def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return "StopAsyncIteration"
    except Exception as e:
        return ("raised", type(e).__name__, str(e))

g = catcher()
print(run(g.__anext__()))
print(run(g.athrow(ValueError("one"))))
print(run(g.__anext__()))
print(run(g.athrow(ValueError, "two")))
print(run(g.__anext__()))
print(run(g.athrow(ValueError, ValueError("three"), None)))
print(run(g.athrow(KeyError("escapes"))))
print(run(g.__anext__()))
print(run(g.athrow(ValueError("after end"))))

# athrow into a just-started async generator raises at once
async def simple():
    print("never runs")
    yield 1
g = simple()
print(run(g.athrow(ZeroDivisionError("before start"))))
print(run(g.__anext__()))

# Bad arguments are reported when the awaitable is first iterated (3.11)
g = catcher()
print(run(g.__anext__()))
print(run(g.athrow(1)))
g = catcher()
print(run(g.__anext__()))
print(run(g.athrow(ValueError("x"), "v")))
g = catcher()
print(run(g.__anext__()))
print(run(g.athrow(ValueError, None, 5)))

# argument count
for args in [(), (1, 2, 3, 4)]:
    try:
        run(catcher().athrow(*args))
    except TypeError as e:
        print("TypeError", e)

# reuse of a finished athrow awaitable
g = catcher()
run(g.__anext__())
aw = g.athrow(ValueError("once"))
print(run(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
