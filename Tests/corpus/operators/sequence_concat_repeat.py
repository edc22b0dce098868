# Sequence concatenation and repetition dispatch and their messages.
print([1] + [2], (1,) + (2,), "a" + "b", b"a" + b"b", [0] * 3, 3 * (1,), "ab" * 0, -1 * [1])
for expr in ("[1] + (2,)", "(1,) + [2]", "'a' + b'b'", "b'a' + 'b'", "[1] + 'a'", "'a' + [1]",
             "[1] * 'x'", "[1] * 1.0", "'a' * None", "(1,) * [2]", "{1} + {2}", "range(3) + range(2)"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
# A class that defines __radd__ receives sequence + instance.
class R:
    def __radd__(self, other): return ("radd", other)
    def __rmul__(self, other): return ("rmul", other)
print([1] + R(), "s" + R(), (1,) + R(), [1] * R(), "ab" * R())
# __index__ objects repeat sequences.
class N:
    def __index__(self): return 2
print([1] * N(), N() * "xy", (0,) * N())
# Subclasses of list keep list concatenation.
class MyList(list): pass
print(type(MyList([1]) + [2]).__name__, type([2] + MyList([1])).__name__, type(MyList([1]) * 2).__name__)
# In-place on immutable sequences rebinds.
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
s = "a"
s *= 3
print(s)
l = [1]
l2 = l
l *= 2
print(l, l is l2)
l += range(2)
print(l)
try:
    l += 5
except TypeError as e:
    print("TypeError:", e)
