# Dropping a suspended async generator without a finalizer hook closes it (finally runs);
# an await in the cleanup is "async generator ignored GeneratorExit" (unraisable).
import sys, types

def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, type(u.object).__name__)
sys.unraisablehook = hook

@types.coroutine
def suspend(tag):
    yield tag

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

async def simple(name):
    try:
        yield 1
    finally:
        print("finally", name)

g = simple("a")
print(step(g.__anext__()))
del g
print("after a")

async def awaits_in_finally():
    try:
        yield 1
    finally:
        print("cleanup starts")
        await suspend("x")
        print("never reached")

g = awaits_in_finally()
print(step(g.__anext__()))
del g
print("after awaiting cleanup")

async def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2

g = yields_in_finally()
print(step(g.__anext__()))
del g
print("after yielding cleanup")

# never started: nothing runs, nothing reported
g = simple("never")
del g
print("after never started")

# an asend awaitable keeps its generator alive
g = simple("kept")
step(g.__anext__())
aw = g.__anext__()
del g
print("generator still referenced by the awaitable")
del aw
print("after awaitable dropped")
