# Errors of await, with CPython's messages.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        print(type(e).__name__ + ":", e)
        if e.__cause__ is not None:
            print("  cause:", type(e.__cause__).__name__, e.__cause__)

async def await_value(v):
    return await v

run(await_value(1))
run(await_value(None))
run(await_value("str"))
run(await_value([1]))

class NoIter:
    def __await__(self):
        return 5
run(await_value(NoIter()))

class ReturnsList:
    def __await__(self):
        return [1, 2]
run(await_value(ReturnsList()))

async def co():
    return 1
class ReturnsCoroutine:
    def __await__(self):
        return self.c
c = co()
rc = ReturnsCoroutine()
rc.c = c
run(await_value(rc))
c.close()

class AwaitNone:
    __await__ = None
run(await_value(AwaitNone()))

class AwaitRaises:
    def __await__(self):
        raise OSError("in __await__")
run(await_value(AwaitRaises()))

class AwaitIsGenerator:
    def __await__(self):
        yield 1
        return "gen result"
print(run(await_value(AwaitIsGenerator())))

# a plain generator is not awaitable
def plain():
    yield 1
run(await_value(plain()))

# an async generator is not awaitable
async def agen():
    yield 1
run(await_value(agen()))

# an instance attribute __await__ does not count (looked up on the type)
class Inst:
    pass
i = Inst()
i.__await__ = lambda: iter([])
run(await_value(i))

# yield from a coroutine in a plain generator
def gen_uses_coro():
    yield from co()
try:
    list(gen_uses_coro())
except TypeError as e:
    print("TypeError:", e)
