# sys.set_asyncgen_hooks / get_asyncgen_hooks: firstiter at the first iteration, finalizer
# when an unfinished async generator is dropped.
import sys

print(sys.get_asyncgen_hooks())
print(type(sys.get_asyncgen_hooks()).__name__)

finalized = []
def firstiter(agen):
    print("firstiter", agen.__name__)
def finalizer(agen):
    print("finalizer", agen.__name__, agen.ag_frame is not None)
    finalized.append(agen)

old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h.finalizer is finalizer, h[0] is firstiter, h[1] is finalizer)

async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print("agen finally", name)

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"

g = agen("a")
print("created")
print(step(g.__anext__()))
print(step(g.__anext__()))
del g
print("dropped a; finalized:", len(finalized))
# the finalizer decides: here it closes the generator
print(step(finalized[0].aclose()))
finalized.clear()

# firstiter is called once, also for asend/athrow/aclose
g = agen("b")
g.asend(None)
g.asend(None)
g.aclose()
print("after awaitables created")

# a finished async generator is not handed to the finalizer
g = agen("c")
while step(g.__anext__()) != "StopAsyncIteration":
    pass
del g
print("finished c; finalized:", len(finalized))

# a never-iterated async generator has no hooks recorded
g = agen("d")
del g
print("never iterated; finalized:", len(finalized))

# the hooks are per generator: recorded at the first iteration
g = agen("e")
step(g.__anext__())
sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().finalizer)
del g
print("dropped e; finalized:", len(finalized))
for f in finalized:
    step(f.aclose())
finalized.clear()

# errors
for kw in [{"firstiter": 1}, {"finalizer": "x"}]:
    try:
        sys.set_asyncgen_hooks(**kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

# firstiter raising: the error propagates from the first __anext__()
def bad_firstiter(agen):
    raise ValueError("firstiter failed")
sys.set_asyncgen_hooks(firstiter=bad_firstiter, finalizer=None)
g = agen("f")
try:
    g.__anext__()
except ValueError as e:
    print("ValueError:", e)

# finalizer raising: reported as unraisable
def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value)
sys.unraisablehook = hook
def bad_finalizer(agen):
    raise KeyError("finalizer failed")
sys.set_asyncgen_hooks(firstiter=None, finalizer=bad_finalizer)
g = agen("g")
step(g.__anext__())
del g
print("after bad finalizer")
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks())
