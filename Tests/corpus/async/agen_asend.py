# agen.asend(v): values sent into an async generator through the asend awaitable.
async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
            print("received", v)
    finally:
        print("finally", received)

def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"

g = echo()
print(run(g.asend(None)))
print(run(g.asend("x")))
print(run(g.asend("y")))
print(run(g.__anext__()))

# The first asend must be None
g = echo()
aw = g.asend("early")
try:
    aw.send(None)
except TypeError as e:
    print("TypeError", e)

# The awaitable's own send: a non-None value at the first step replaces nothing but is sent
g = echo()
run(g.asend(None))
aw = g.asend("from asend")
try:
    aw.send("from send")
except StopIteration as e:
    print("value", e.value)

# Reusing a finished asend awaitable
aw = g.asend(1)
print(run(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    next(aw)
except RuntimeError as e:
    print("RuntimeError", e)

# asend arguments
for args in [(), (1, 2)]:
    try:
        g.asend(*args)
    except TypeError as e:
        print("TypeError", e)

# close() on an un-started asend awaitable makes it unusable
aw = g.asend(None)
aw.close()
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
print(run(g.aclose()))
