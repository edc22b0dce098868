# Awaiting a finished coroutine, awaiting one twice, and the running checks.
class Once:
    def __await__(self):
        return (yield "once")

async def value():
    return 42

async def main():
    c = value()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

run(main())

c = value()
run(c)
for call in (lambda: c.send(None), lambda: c.throw(ValueError), lambda: c.__await__().__next__()):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(c.close())

# awaited by two coroutines at once
async def slow():
    await Once()
    return "slow done"

shared = slow()
async def first():
    return await shared
async def second():
    return await shared
f = first()
print(f.send(None))
s = second()
try:
    s.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# a coroutine that awaits itself
async def selfish():
    await me
me = selfish()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)
f.close()

# running coroutine resumed from inside
async def reenter():
    try:
        r.send(None)
    except ValueError as e:
        print("ValueError:", e)
r = reenter()
run(r)
