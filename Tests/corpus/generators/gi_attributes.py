# gi_frame, gi_running, gi_code, gi_yieldfrom, gi_suspended, __name__, __qualname__.
def gen(a, b=2):
    x = yield a
    yield from inner()
    return x

def inner():
    yield "inner"

g = gen(1)
print(g.__name__, g.__qualname__)
print(g.gi_code is gen.__code__, g.gi_code.co_name)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)
f = g.gi_frame
print(type(f).__name__, f.f_lineno, f.f_code is gen.__code__)
print(next(g))
print(g.gi_running, g.gi_suspended, g.gi_frame.f_lineno)
print(g.send("sent"))
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
print(g.gi_frame.f_lineno)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
print(g.gi_frame, g.gi_running, g.gi_suspended, g.gi_yieldfrom)

class C:
    def method(self):
        yield 1
    @staticmethod
    def nested():
        def local():
            yield
        return local()

print(C().method().__qualname__, C.nested().__qualname__, C.nested().__name__)

g = gen(1)
g.__name__ = "renamed"
g.__qualname__ = "Qual.renamed"
print(g.__name__, g.__qualname__, gen.__name__)
for attr, value in [("__name__", 1), ("__qualname__", None)]:
    try:
        setattr(g, attr, value)
    except TypeError as e:
        print("TypeError:", e)
try:
    del g.__name__
except TypeError as e:
    print("TypeError:", e)
for attr in ["gi_running", "gi_frame", "gi_code", "gi_yieldfrom", "gi_suspended"]:
    try:
        setattr(g, attr, 1)
    except AttributeError as e:
        print("AttributeError:", e)

# gi_running is True inside
def running():
    yield r.gi_running
    yield r.gi_suspended
r = running()
print(list(r))

# yield from a plain iterator: gi_yieldfrom is that iterator
def over_list():
    yield from [1, 2]
g = over_list()
next(g)
print(type(g.gi_yieldfrom).__name__)
import sys
print(sorted(n for n in dir(g) if not n.startswith("__") or n in ("__next__", "__iter__", "__del__", "__name__", "__qualname__")))
print(type(g).__name__, type(g).__module__ if hasattr(type(g), "__module__") else None)
print(repr(g).startswith("<generator object over_list at 0x"))
