# Every binary operator dispatches to __op__ and __rop__.
ops = [
    ("+", "add"), ("-", "sub"), ("*", "mul"), ("@", "matmul"), ("/", "truediv"), ("//", "floordiv"),
    ("%", "mod"), ("**", "pow"), ("<<", "lshift"), (">>", "rshift"), ("&", "and"), ("|", "or"), ("^", "xor"),
]
class Rec:
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
def make(name):
    def fwd(self, other): return f"{self.name}.__{name}__({other!r})"
    def rev(self, other): return f"{self.name}.__r{name}__({other!r})"
    return fwd, rev
for sym, name in ops:
    fwd, rev = make(name)
    setattr(Rec, f"__{name}__", fwd)
    setattr(Rec, f"__r{name}__", rev)
a = Rec("a")
for sym, name in ops:
    print(sym, eval(f"a {sym} 1"), eval(f"1 {sym} a"), eval(f"a {sym} a"))
print(divmod.__name__)
class DM:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
print(divmod(DM(), 1), divmod(1, DM()))
print(pow(a, 2), pow(2, a))

# Only forward.
class F:
    def __add__(self, o): return "F+"
print(F() + 1)
try:
    1 + F()
except TypeError as e:
    print("TypeError:", e)
# Only reflected.
class R:
    def __radd__(self, o): return "R radd"
print(1 + R())
try:
    R() + 1
except TypeError as e:
    print("TypeError:", e)
print(R().__radd__(R()))
try:
    R() + R()
except TypeError as e:
    print("TypeError:", e)
