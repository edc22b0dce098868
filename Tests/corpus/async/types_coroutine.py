# types.coroutine: generator-based coroutines usable with await; coroutine objects pass through.
import types

@types.coroutine
def legacy(n):
    total = 0
    for i in range(n):
        got = yield ("legacy", i)
        total += got or 0
    return total

print(type(legacy(1)).__name__)
print(bool(legacy.__code__.co_flags & 0x100))

async def modern():
    r = await legacy(3)
    return r * 10

c = modern()
print(c.send(None))
print(c.send(1))
print(c.send(2))
try:
    c.send(3)
except StopIteration as e:
    print("result", e.value)

# yield from a coroutine inside a types.coroutine generator is allowed
async def inner():
    await legacy(1)
    return "inner result"

@types.coroutine
def outer():
    r = yield from inner()
    return r

c = modern.__class__
o = outer()
print(o.send(None))
try:
    o.send(None)
except StopIteration as e:
    print("outer result", e.value)

# a plain generator cannot yield from a coroutine
def plain():
    yield from inner()
p = plain()
try:
    next(p)
except TypeError as e:
    print("TypeError:", e)

# awaiting a plain generator fails
def plain_gen():
    yield 1
async def awaits_plain():
    await plain_gen()
try:
    awaits_plain().send(None)
except TypeError as e:
    print("TypeError:", e)

# types.coroutine on a non-generator function wraps its result
@types.coroutine
def returns_awaitable():
    return legacy(2)
async def use_wrapped():
    return await returns_awaitable()
c = use_wrapped()
print(c.send(None))
print(c.send(5))
try:
    c.send(6)
except StopIteration as e:
    print("wrapped result", e.value)

# types.coroutine on an async def function returns it unchanged
async def already():
    return 1
print(types.coroutine(already) is already)

try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError:", e)

# An object with __await__ returning a generator
def plain_two():
    a = yield ("plain", 0)
    b = yield ("plain", 1)
    return a + b
class Awaitable:
    def __await__(self):
        return plain_two()
async def use_awaitable():
    return await Awaitable()
c = use_awaitable()
print(c.send(None), c.send(1))
try:
    c.send(1)
except StopIteration as e:
    print("awaitable result", e.value)

# __await__ returning an iterable coroutine is an error
class BadAwaitable:
    def __await__(self):
        return legacy(2)
async def use_bad():
    return await BadAwaitable()
try:
    use_bad().send(None)
except TypeError as e:
    print("TypeError:", e)
