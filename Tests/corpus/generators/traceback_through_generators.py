# Uncaught exceptions raised inside generators and coroutines show their frames in the traceback.
class Suspend:
    def __await__(self):
        yield

async def leaf(n):
    await Suspend()
    return 10 // n

async def middle(n):
    return await leaf(n)

def inner_gen():
    yield 1
    yield 1 / 0

def outer_gen():
    yield from inner_gen()

try:
    list(outer_gen())
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

c = middle(0)
c.send(None)
try:
    c.send(None)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)

c = middle(0)
c.send(None)
c.send(None)
