# The generator, coroutine and async generator types and their awaitables: members, instantiation.
import types, sys
def g(): yield
async def c(): pass
async def a(): yield
co = c()
ag = a()
objs = [g(), co, ag, co.__await__(), ag.asend(None), ag.athrow(ValueError), ag.aclose(), ag.__anext__()]
for o in objs:
    print(type(o).__name__, sorted(x for x in dir(o) if x not in dir(object)))
    print("  ", sorted(x for x in dir(object) if not hasattr(o, x)))
co.close()
print(sorted(k for k in dir(sys) if 'corout' in k or 'asyncgen' in k))
print(types.AsyncGeneratorType, types.CoroutineType, types.GeneratorType)
for t in [types.AsyncGeneratorType, types.CoroutineType, types.GeneratorType]:
    try: t()
    except TypeError as e: print(e)
