# A suspended coroutine that is dropped is closed: finally blocks run, errors are unraisable.
import sys, types

def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, type(u.object).__name__)
sys.unraisablehook = hook

@types.coroutine
def suspend(tag):
    yield tag

async def job(name):
    try:
        await suspend(name)
        print("not reached")
    finally:
        print("finally", name)

c = job("a")
print(c.send(None))
del c
print("after a")

async def stubborn():
    try:
        await suspend(1)
    except GeneratorExit:
        await suspend(2)

c = stubborn()
c.send(None)
del c
print("after stubborn")

# a coroutine awaiting another: closing the outer closes the inner first
async def outer():
    try:
        await job("inner")
    finally:
        print("outer finally")
c = outer()
print(c.send(None))
del c
print("after nested")

# a coroutine wrapper keeps the coroutine alive
c = job("wrapped")
w = c.__await__()
print(next(w))
del c
print("wrapper holds it")
del w
print("after wrapper")

# close() twice is fine; after close, send raises "cannot reuse already awaited coroutine"
c = job("closed")
c.send(None)
c.close()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
