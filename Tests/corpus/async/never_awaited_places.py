# Where the "never awaited" warning points: the line running when the last reference goes
# (returns, comprehensions, locals, reassignment, handlers, containers, attributes, lambdas).
async def job(n=0):
    pass

def returns_coro():
    return job()

returns_coro()
x = [job(i) for i in range(2)]
x = None
print("list dropped")

def drop_local():
    c = job()
    print("in drop_local")
drop_local()

def reassign():
    c = job(1)
    c = job(2)
    c = None
    return 5
reassign()

try:
    c = job()
    raise ValueError
except ValueError:
    del c
print("except")

d = {"k": job()}
d.clear()

class Holder:
    def __init__(self):
        self.c = job()
h = Holder()
del h
print("holder")

f = lambda: job()
f()
t = (job(), job())
del t
print("end")
