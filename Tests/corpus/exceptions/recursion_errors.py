# timeout: 40
import sys
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("python recursion:", e)
print("recovered", f.__name__)

class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr recursion:", type(e).__name__)

class E:
    def __eq__(self, other):
        return self == other
try:
    E() == E()
except RecursionError as e:
    print("eq recursion:", e)

class G:
    def __getattr__(self, name):
        return getattr(self, name)
try:
    G().x
except RecursionError as e:
    print("getattr recursion:", type(e).__name__)

class L:
    def __len__(self):
        return len(self)
try:
    len(L())
except RecursionError as e:
    print("len recursion:", type(e).__name__)

nested = []
for i in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("nested repr:", e)

d = {}
cur = d
for i in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    str(d)
except RecursionError as e:
    print("nested dict:", e)

class H:
    def __hash__(self):
        return hash(self)
try:
    hash(H())
except RecursionError as e:
    print("hash recursion:", type(e).__name__)

class I:
    def __iter__(self):
        return iter(self)
try:
    iter(I())
except RecursionError as e:
    print("iter recursion:", type(e).__name__)

class B:
    def __bool__(self):
        return bool(self)
try:
    bool(B())
except RecursionError as e:
    print("bool recursion:", type(e).__name__)

class S:
    def __str__(self):
        return str(self)
try:
    str(S())
except RecursionError as e:
    print("str recursion:", type(e).__name__)

class C:
    def __call__(self):
        return self()
try:
    C()()
except RecursionError as e:
    print("call recursion:", type(e).__name__)

sys.setrecursionlimit(100)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print("limit 100 depth > 50:", depth(0) > 50)
sys.setrecursionlimit(1000)
print("still fine", sum(range(10)))

# Nesting deeper than the limit fails as in CPython; shallower works.
def nest(n):
    x = []
    for i in range(n):
        x = [x]
    return x
print(len(repr(nest(900))))
try:
    repr(nest(1100))
except RecursionError as e:
    print("1100:", e)
a, b = nest(1200), nest(1200)
try:
    a == b
except RecursionError as e:
    print("compare:", e)
t = ()
for i in range(1500):
    t = (t,)
try:
    str(t)
except RecursionError as e:
    print("tuple:", e)
