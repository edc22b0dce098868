# Errors raised while a dropped generator is closed are reported as unraisable
# ("Exception ignored in: ..."), not raised.
import sys

def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, "| object:", type(u.object).__name__,
          getattr(u.object, "__name__", None), "| msg:", u.err_msg)
sys.unraisablehook = hook

def raises_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")

g = raises_in_finally()
next(g)
del g
print("after ValueError")

def ignores_exit():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring GeneratorExit")

g = ignores_exit()
next(g)
del g
print("after ignored exit")

def returns_in_finally():
    try:
        yield 1
    finally:
        return "swallowed"
g = returns_in_finally()
next(g)
del g
print("after return in finally")

def raises_stopiteration():
    try:
        yield 1
    finally:
        raise StopIteration("pep 479")
g = raises_stopiteration()
next(g)
del g
print("after StopIteration")

# an explicit close() raises instead
g = raises_in_finally()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)
del g
print("no second report")

# __del__ called directly runs the finalizer once
g = raises_in_finally()
next(g)
g.__del__()
print("gi_frame after __del__:", g.gi_frame)
del g
print("done")

# the default hook prints "Exception ignored in" with the traceback
sys.unraisablehook = sys.__unraisablehook__
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
cap = Capture()
sys.stderr = cap
g = raises_in_finally()
next(g)
del g
sys.stderr = sys.__stderr__
text = "".join(cap.parts)
first, rest = text.split("\n", 1)
print(first.split(" at 0x")[0])
print(rest)
