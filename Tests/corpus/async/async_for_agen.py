# async for over async generators and over classes with __aiter__/__anext__.
import types

@types.coroutine
def suspend(tag):
    return (yield tag)

async def ticker(n):
    for i in range(n):
        await suspend(("tick", i))
        yield i

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        print("__aiter__")
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

def drive(coro):
    trace = []
    try:
        while True:
            trace.append(coro.send(None))
    except StopIteration as e:
        print("suspensions:", trace)
        return e.value

async def main():
    out = []
    async for i in ticker(3):
        out.append(i)
    else:
        out.append("else")
    async for j in Countdown(3):
        out.append(j)
    async for k in ticker(5):
        if k == 2:
            break
        out.append(("k", k))
    else:
        out.append("not reached")
    async for k in ticker(3):
        if k == 1:
            continue
        out.append(("c", k))
    return out

print(drive(main()))

# exceptions inside the body propagate; the iterator stays suspended
async def failing():
    async for i in ticker(3):
        if i == 1:
            raise ValueError("in body", i)
try:
    drive(failing())
except ValueError as e:
    print("ValueError", e.args)

# an exception raised by __anext__ other than StopAsyncIteration propagates
class Broken:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("from __anext__")
async def broken():
    async for x in Broken():
        pass
try:
    drive(broken())
except KeyError as e:
    print("KeyError", e)

# nested async for with targets that unpack
async def pairs():
    yield 1, "a"
    yield 2, "b"
async def nested():
    res = []
    async for n, s in pairs():
        async for t in ticker(n):
            res.append((s, t))
    return res
print(drive(nested()))
