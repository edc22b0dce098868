# The await protocol: __await__ returning iterators, generators, self; old-style async __aiter__; send/throw/close through them.
import types, sys
def drive(c):
    out = []
    try:
        while True:
            out.append(c.send(None))
    except StopIteration as e:
        return e.value, out
class OldAiter:
    async def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration
async def use_old():
    async for x in OldAiter():
        pass
try:
    drive(use_old())
except TypeError as e:
    print("TypeError:", e)
print("after old aiter")
# __await__ returning iterator (not generator)
class IterAwait:
    def __await__(self):
        return iter([1, 2, 3])
async def use_iter():
    return await IterAwait()
print(drive(use_iter()))
# __await__ is a generator that yields from a coroutine's __await__
async def base():
    await types.coroutine(lambda: (yield "base"))()
    return "base done"
class Chain:
    def __await__(self):
        r = yield from base().__await__()
        return r + " via chain"
async def use_chain():
    return await Chain()
print(drive(use_chain()))
# await on a coroutine that raises immediately
async def immediate():
    raise KeyError("immediate")
async def awaiting_immediate():
    try:
        await immediate()
    except KeyError as e:
        return "caught " + str(e)
print(drive(awaiting_immediate()))
# awaiting returns the return value of __await__'s generator via StopIteration value
class RetAwait:
    def __await__(self):
        return (yield from ())  or "empty return"
async def use_ret():
    return await RetAwait()
print(drive(use_ret()))
# __await__ returning self with __next__ (an iterator class)
class SelfIter:
    def __init__(self):
        self.n = 0
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("selfiter result")
        return ("step", self.n)
async def use_self():
    return await SelfIter()
print(drive(use_self()))
# send values to such an iterator: no send method → AttributeError
c = use_self()
c.send(None)
try:
    c.send("x")
except AttributeError as e:
    print("AttributeError:", e)
# throw into coroutine awaiting an iterator without throw
c = use_self()
c.send(None)
try:
    c.throw(ValueError("v"))
except ValueError as e:
    print("ValueError:", e)
c = use_self()
c.send(None)
print(c.close())
