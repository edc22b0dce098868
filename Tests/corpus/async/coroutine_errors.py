# Coroutine errors: PEP 479 in coroutines, non-None first send, throw into finished coroutines.
import types

@types.coroutine
def suspend():
    yield "s"

async def raises_stop():
    await suspend()
    raise StopIteration("inside coroutine")

c = raises_stop()
c.send(None)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

async def simple():
    await suspend()
    return 1

c = simple()
try:
    c.send("not none")
except TypeError as e:
    print("TypeError:", e)
print(c.cr_frame is not None)
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
for call in [lambda: c.send(None), lambda: c.throw(ValueError), lambda: next(c.__await__())]:
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
    except ValueError as e:
        print("ValueError:", e)
print(c.close())

# coroutines are not iterators
c = simple()
for call in [lambda: iter(c), lambda: next(c), lambda: list(c)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
c.close()

# throw with an exception instance and a separate value
c = simple()
c.send(None)
try:
    c.throw(ValueError("x"), "y")
except TypeError as e:
    print("TypeError:", e)
try:
    c.throw(5)
except TypeError as e:
    print("TypeError:", e)
try:
    c.throw(ValueError, "value arg")
except ValueError as e:
    print("ValueError:", e)
print(c.cr_frame)

# StopIteration thrown into a coroutine awaiting something
c = simple()
c.send(None)
try:
    c.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("RuntimeError:", e)

# exceptions propagate with their context through await chains
async def failing():
    await suspend()
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
async def caller():
    try:
        await failing()
    except ValueError as e:
        return (repr(e), repr(e.__context__))
c = caller()
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
