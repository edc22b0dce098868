# athrow/aclose/asend reaching an async generator suspended inside an await: the exception is
# thrown into (or the close goes to) the object being awaited.
import types

class Awaited:
    def __init__(self, name):
        self.name = name
    def __await__(self):
        try:
            got = yield ("awaiting", self.name)
            print(self.name, "resumed with", got)
            return got
        except ValueError as e:
            print(self.name, "caught", repr(e))
            return "recovered"
        finally:
            print(self.name, "finally")

async def agen():
    r = await Awaited("first")
    yield ("after first", r)
    r = await Awaited("second")
    yield ("after second", r)

def drive(aw, *sends):
    out = []
    sends = list(sends)
    try:
        out.append(aw.send(None))
        while True:
            out.append(aw.send(sends.pop(0) if sends else None))
    except StopIteration as e:
        out.append(("stop", e.value))
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    except Exception as e:
        out.append(("raised", type(e).__name__, str(e)))
    return out

g = agen()
aw = g.__anext__()
print(aw.send(None))
print(g.ag_await is not None, type(g.ag_await).__name__)
# throw into the asend awaitable: goes to the awaited generator, which recovers
try:
    aw.throw(ValueError("via asend.throw"))
except StopIteration as e:
    print("stop", e.value)

aw = g.__anext__()
print(aw.send(None))
# athrow while suspended in an await in another step is "already running"
print(drive(g.athrow(KeyError("k"))))
# KeyError thrown into the awaited object propagates out through the generator
try:
    aw.throw(KeyError("into second"))
except KeyError as e:
    print("KeyError", e)
print(drive(g.__anext__()))

# aclose while suspended in an await: the awaited object is closed first
g = agen()
aw = g.__anext__()
aw.send(None)
aw.close()
print(drive(g.aclose()))

# athrow into a generator suspended at a yield, handled by its await in except
async def handler():
    try:
        yield 1
    except ValueError:
        r = await Awaited("in except")
        yield ("handled", r)
g = handler()
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError("v")), "resume value"))
print(drive(g.__anext__()))
