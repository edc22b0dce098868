# Coroutines resumed while running, awaited while already awaited, and cr_running.
import types

@types.coroutine
def suspend():
    yield "suspend"

async def self_send():
    try:
        me.send(None)
    except ValueError as e:
        print("ValueError:", e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("ValueError:", e)
    try:
        me.close()
    except ValueError as e:
        print("ValueError:", e)
    print("cr_running inside:", me.cr_running)
    return "done"

me = self_send()
print("cr_running before:", me.cr_running)
try:
    me.send(None)
except StopIteration as e:
    print("result", e.value)
print("cr_running after:", me.cr_running)

# awaiting the same coroutine from two places
async def target():
    await suspend()
    return "target"

t = target()
async def first():
    return await t
async def second():
    return await t

a = first()
print(a.send(None))
b = second()
try:
    b.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a.send(None)
except StopIteration as e:
    print("first got", e.value)

# awaiting a finished coroutine
async def again():
    return await t
try:
    again().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# generator running checks: close() on a running generator
def gen():
    try:
        g.close()
    except ValueError as e:
        print("ValueError:", e)
    yield 1
g = gen()
print(next(g))
g.close()

# a generator driven from a coroutine that the generator itself resumes
def ping():
    yield "ping"
    try:
        next(p)
    except ValueError as e:
        yield "ValueError: " + str(e)
p = ping()
print(list(p))
