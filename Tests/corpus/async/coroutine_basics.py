# async def / await driven by hand: values flow through awaits to the driver.
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        sent = yield ("suspend", self.tag)
        return sent

async def add(a, b):
    x = await Suspend(a)
    y = await Suspend(b)
    return x + y

async def main():
    r = await add(1, 2)
    print("add ->", r)
    r2 = await add(r, 10)
    return r2

def run(coro):
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return e.value
        print("driver got", request)
        value = request[1] * 100

print(run(main()))
c = main()
print(type(c).__name__, c.__name__, c.__qualname__)
print(repr(c).startswith("<coroutine object main at 0x"))
c.close()

# a coroutine with no awaits finishes at the first send
async def immediate():
    return "now"
c = immediate()
try:
    c.send(None)
except StopIteration as e:
    print("immediate:", e.value, e.args)

# coroutines are not iterable
c = immediate()
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in c:
        pass
except TypeError as e:
    print("TypeError:", e)
c.close()

# a first send must be None
c = immediate()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()

# exceptions propagate through awaits
async def fails():
    await Suspend("x")
    raise KeyError("inner failure")

async def catches():
    try:
        await fails()
    except KeyError as e:
        return "caught " + repr(e)

print(run(catches()))

# await returns the value of StopIteration
class Immediate:
    def __await__(self):
        return iter([])
async def use_immediate():
    return await Immediate()
print(run(use_immediate()))

class ReturnsValue:
    def __await__(self):
        if False:
            yield
        return "direct"
async def use_rv():
    return await ReturnsValue()
print(run(use_rv()))

print(add.__code__.co_flags & 0x80 != 0)
