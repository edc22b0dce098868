# async with: __aenter__/__aexit__ awaited, exceptions passed to __aexit__, suppression.
import types

@types.coroutine
def suspend(v):
    return (yield v)

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await suspend(("enter", self.name))
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await suspend(("exit", self.name))
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

def drive(coro):
    trace = []
    try:
        while True:
            trace.append(coro.send(None))
    except StopIteration as e:
        print("trace:", trace)
        return e.value

async def simple():
    async with Manager("a") as x:
        print("body", x)
    return "done"
print(drive(simple()))

async def nested():
    async with Manager("outer") as o, Manager("inner") as i:
        print("body", o, i)
    return "nested"
print(drive(nested()))

async def suppressed():
    async with Manager("s", suppress=True):
        raise ValueError("swallowed")
    return "after suppressed"
print(drive(suppressed()))

async def propagated():
    async with Manager("p"):
        raise KeyError("propagates")
try:
    drive(propagated())
except KeyError as e:
    print("KeyError", e)

async def returning():
    async with Manager("r"):
        return "returned from body"
print(drive(returning()))

async def in_loop():
    out = []
    for i in range(3):
        async with Manager(str(i)):
            if i == 1:
                continue
            if i == 2:
                break
            out.append(i)
    return out
print(drive(in_loop()))

# __aexit__ returning a truthy non-bool suppresses too
class Truthy(Manager):
    async def __aexit__(self, *a):
        return [1]
async def truthy():
    async with Truthy("t"):
        1 / 0
    return "suppressed by list"
print(drive(truthy()))
