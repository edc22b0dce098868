# Exceptions in __del__ are reported through sys.unraisablehook, never raised.
import sys
def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, u.err_msg, u.object.__qualname__)
sys.unraisablehook = hook

class A:
    def __del__(self):
        raise ValueError("in del")
a = A()
del a
print("after del")

class B:
    def __del__(self):
        1 / 0
def f():
    b = B()
f()
print("after f")

# The exception being handled is not affected by __del__.
class C:
    def __del__(self):
        try:
            raise KeyError("inner")
        except KeyError:
            pass
try:
    raise RuntimeError("outer")
except RuntimeError:
    c = C()
    del c
    print("handling", sys.exc_info()[0].__name__)

# __del__ that raises a BaseException subclass.
class D:
    def __del__(self):
        raise SystemExit(3)
d = D()
del d
print("still running")

# The hook itself raising.
def bad_hook(u):
    raise TypeError("hook failed")
sys.unraisablehook = hook
print("done")
