import sys
calls = []
def hook(*args, **kw):
    calls.append((args, kw))
    return 'hooked'
sys.breakpointhook = hook
print(breakpoint(1, a=2))
print(calls)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(type(e).__name__, e)
print(sys.__breakpointhook__ is not None)
