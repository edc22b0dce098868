# The message suffix names the check that reached the limit first (CPython's
# _Py_EnterRecursiveCall callers): builtin calls, repr, str, comparisons, plain frames.
import sys
class R:
    def __del__(self): pass
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr:", e)
class H:
    def __hash__(self): return hash(self)
try:
    {H(): 1}
except RecursionError as e:
    print("hash:", e)
class S:
    def __setattr__(self, n, v):
        setattr(self, n, v)
try:
    S().x = 1
except RecursionError as e:
    print("setattr:", e)
class F:
    def __format__(self, spec):
        return format(self, spec)
try:
    f"{F()}"
except RecursionError as e:
    print("format:", e)
class I:
    def __init__(self):
        I()
try:
    I()
except RecursionError as e:
    print("init:", e)
def g(n):
    return g(n + 1)
try:
    g(0)
except RecursionError as e:
    print("frames:", e)
def depth_error(n):
    if n == 0:
        sys.setrecursionlimit(10)
        return 0
    return depth_error(n - 1)
try:
    depth_error(20)
except RecursionError as e:
    print(e)
sys.setrecursionlimit(1000)
def show(tag):
    try:
        sys.setrecursionlimit(1)
    except RecursionError as e:
        print(tag, e)
show("module")
def outer(): show("function")
outer()
class A:
    def __repr__(self):
        show("repr")
        return "A"
repr(A())
[show("listcomp") for _ in [1]]
class B:
    def __init__(self): show("init")
B()
class C:
    def __eq__(self, o): show("eq"); return True
C() == 1
class D:
    def __getattr__(self, n): show("getattr"); return 1
D().x
