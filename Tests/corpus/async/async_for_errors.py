# Errors of async for: objects without __aiter__/__anext__, bad awaitables from __anext__.
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def loop(obj):
    async for x in obj:
        print("got", x)

class NoAnext:
    def __aiter__(self):
        return self
class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42
class AiterNone:
    __aiter__ = None
class AnextNone:
    def __aiter__(self):
        return self
    __anext__ = None
class AwaitReturnsNonIter:
    def __await__(self):
        return 5
class AnextBadAwait:
    def __aiter__(self):
        return self
    def __anext__(self):
        return AwaitReturnsNonIter()

for obj in [[1, 2], 5, NoAnext(), AnextNotAwaitable(), AiterNone(), AnextNone(), AnextBadAwait()]:
    try:
        drive(loop(obj))
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
        c = e.__cause__
        if c is not None:
            print("  cause:", type(c).__name__, c)

# async for over a plain generator
def plain():
    yield 1
try:
    drive(loop(plain()))
except TypeError as e:
    print("TypeError:", e)

# async for in a non-async function is a SyntaxError
try:
    compile("def f():\n    async for x in y: pass\n", "<test>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
