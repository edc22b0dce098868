# Suspended generators, coroutines and async generators still referenced at exit are finalized
# at shutdown (finally blocks run; an un-awaited coroutine warns at "sys:1").
import sys
def hook(u): print("unraisable", u.exc_type.__name__, u.exc_value)
def gen(name):
    try:
        yield 1
    finally:
        print("finally", name)
a = gen("a"); next(a)
b = gen("b"); next(b)
async def job(): pass
c = job()
class Suspend:
    def __await__(self): yield
async def cor():
    try:
        await Suspend()
    finally:
        print("cor finally")
d = cor(); d.send(None)
async def ag():
    try:
        yield 1
    finally:
        print("ag finally")
e = ag()
try: e.__anext__().send(None)
except StopIteration: pass
print("end")
