# throw() and close() on coroutines, delegated through awaits.
class Suspend:
    def __init__(self, name):
        self.name = name
    def __await__(self):
        try:
            yield self.name
        except ValueError as e:
            print(self.name, "awaitable caught", e)
            yield self.name + " recovered"
        finally:
            print(self.name, "awaitable finally")

async def leaf():
    try:
        await Suspend("leaf")
        await Suspend("leaf2")
    finally:
        print("leaf finally")
    return "leaf result"

async def root():
    try:
        r = await leaf()
        print("root got", r)
    except KeyError as e:
        print("root caught", repr(e))
        return "root handled"
    return "root normal"

c = root()
print(c.send(None))
print(c.throw(ValueError("v1")))
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration:", e.value)

c = root()
print(c.send(None))
print(c.close())
print(c.cr_frame)

# close on a coroutine that ignores GeneratorExit
class Stubborn:
    def __await__(self):
        while True:
            try:
                yield "stubborn"
            except GeneratorExit:
                print("ignoring GeneratorExit")

async def uses():
    await Stubborn()

import sys
sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value)
c = uses()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)

async def ignores():
    try:
        await Suspend("s")
    except GeneratorExit:
        pass
    await Suspend("t")

c = ignores()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
del c
print("end")
