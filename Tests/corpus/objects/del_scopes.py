# When locals, closures, generators and exceptions release their objects.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def loop():
    for i in range(3):
        x = A(f"loop{i}")
    print("loop done")
loop()
print("after loop")
def closure():
    captured = A("captured")
    def inner(): return captured.n
    return inner
f = closure()
print("closure made", f())
del f
print("closure deleted")
def gen():
    g_local = A("gen local")
    yield 1
    yield 2
g = gen()
next(g)
print("generator suspended")
del g
print("generator deleted")
def exhaust():
    x = A("exhausted")
    yield x.n
for v in exhaust():
    print("yielded", v)
print("generator exhausted")
lst = [A("comp%d" % i) for i in range(2)]
print("comprehension list")
lst = None
print("list released")
def exc():
    e_local = A("exc local")
    try:
        raise ValueError("x")
    except ValueError as err:
        print("handled", err)
    print("after handler")
exc()
print("after exc")
w = A("with")
class CM:
    def __enter__(self): return A("cm value")
    def __exit__(self, *a): print("exit")
with CM() as v:
    print("in with", v.n)
v = None
print("with value released")
