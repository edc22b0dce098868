# coroutine.__await__() returns a coroutine_wrapper: an iterator with send/throw/close.
class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got

async def coro():
    try:
        v = await Suspend()
        return ("returned", v)
    except ValueError as e:
        return ("caught", str(e))

c = coro()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
try:
    w.send("value")
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(w)
except RuntimeError as e:
    print("RuntimeError:", e)

c = coro()
w = c.__await__()
print(w.send(None))
try:
    w.throw(ValueError("thrown"))
except StopIteration as e:
    print("StopIteration", e.value)

c = coro()
w = c.__await__()
w.send(None)
w.close()
print(c.cr_frame)
try:
    w.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# two wrappers of the same coroutine drive the same frame
c = coro()
w1 = c.__await__()
w2 = c.__await__()
print(w1 is w2, next(w1))
try:
    w2.send("via w2")
except StopIteration as e:
    print("StopIteration", e.value)

# argument errors
c = coro()
w = c.__await__()
for call in [lambda: w.send(), lambda: w.throw(), lambda: w.close(1), lambda: c.__await__(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
c.close()

# yield from a coroutine wrapper in a plain generator
def plain():
    r = yield from coro().__await__()
    return r
g = plain()
print(next(g))
try:
    g.send(5)
except StopIteration as e:
    print("StopIteration", e.value)
