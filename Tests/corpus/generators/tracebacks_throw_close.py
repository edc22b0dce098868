# Tracebacks of exceptions from throw(), close(), send() into generators, coroutines and async
# generators (delegation, errors in finally, ignored GeneratorExit, PEP 479), via sys.excepthook.
import sys
def show(f):
    try:
        f()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
def gen():
    yield 1
    yield 2
g = gen(); next(g)
show(lambda: g.throw(ValueError("thrown")))
def inner():
    yield 1
def outer():
    yield from inner()
g = outer(); next(g)
show(lambda: g.throw(KeyError("deleg")))
def bad_close():
    try:
        yield 1
    finally:
        raise TypeError("in finally")
g = bad_close(); next(g)
show(g.close)
def ignoring():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignoring(); next(g)
show(g.close)
class S:
    def __await__(self):
        yield
async def coro():
    await S()
    1/0
c = coro(); c.send(None)
show(lambda: c.send(None))
async def agen():
    yield 1
    raise StopAsyncIteration
a = agen()
def step(aw):
    try:
        aw.send(None)
    except StopIteration:
        pass
step(a.__anext__())
show(lambda: step(a.__anext__()))
def pep479():
    yield next(iter([]))
show(lambda: next(pep479()))
g = gen()
show(lambda: g.throw(ValueError, ValueError("v"), None))
