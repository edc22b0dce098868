# In-place operators: __iop__ first, then __op__/__rop__; messages.
class A:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        return A(self.v + o + 1000)
    def __repr__(self): return f"A({self.v})"
a = A(1)
b = a
a += 5
print(a, a is b)
class B:
    def __init__(self, v): self.v = v
    def __add__(self, o): return B(self.v + o)
    def __repr__(self): return f"B({self.v})"
b1 = B(1)
b2 = b1
b1 += 1
print(b1, b2, b1 is b2)
class C:
    def __iadd__(self, o): return NotImplemented
    def __radd__(self, o): return "C.radd"
class D:
    def __radd__(self, o): return "D.radd"
x = C()
try:
    x += 1
except TypeError as e:
    print("TypeError:", e)
y = 1
y += D()
print(y)
z = C()
z += D()
print(z)
# __iadd__ returning something else rebinds.
class E:
    def __iadd__(self, o): return "replaced"
e = E()
e += 1
print(e)
# __iadd__ returning None rebinds to None.
class F:
    def __iadd__(self, o): pass
f = F()
f += 1
print(f)
# in-place on attributes and subscripts calls getitem/setitem once each.
class Box:
    def __init__(self): self.d = {"k": [1]}
    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.d[k] = v
bx = Box()
bx["k"] += [2]
print(bx.d)
class Attr:
    def __init__(self): object.__setattr__(self, "n", 1)
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, v):
        print("set", name, v)
        object.__setattr__(self, name, v)
at = Attr()
at.n += 1
# All in-place operators on a class defining only the binary ones.
class G:
    def __init__(self, s): self.s = s
    def __repr__(self): return self.s
for name in ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"]:
    setattr(G, f"__{name}__", (lambda n: lambda self, o: G(f"{self.s}.{n}({o})"))(name))
g = G("g")
for sym in ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"]:
    ns = {"g": g}
    exec(f"g {sym}= 1", ns)
    print(sym + "=", ns["g"])
# Errors for in-place with unsupported types.
for stmt in ("x = 1; x += 'a'", "x = []; x -= 1", "x = 'a'; x *= 'b'", "x = None; x |= 1", "x = 1.5; x @= 2", "x = {}; x **= 2"):
    try:
        exec(stmt)
    except TypeError as e:
        print(stmt, "->", e)
# list += any iterable; list + tuple fails
l = [1]
l += (2, 3)
l += "ab"
print(l)
