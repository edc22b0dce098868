# Unary operators and abs/~ with dunders; error messages.
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __abs__(self): return "abs"
u = U()
print(-u, +u, ~u, abs(u))
class V: pass
for expr in ("-V()", "+V()", "~V()", "abs(V())"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
class W:
    def __neg__(self): return NotImplemented
print(-W())
print(-True, +True, ~True, abs(-True), -False)
class MyInt(int):
    def __neg__(self): return "MyInt.neg"
print(-MyInt(3), +MyInt(3), type(+MyInt(3)).__name__, abs(MyInt(-3)), type(abs(MyInt(-3))).__name__, ~MyInt(1))
class MyFloat(float): pass
print(-MyFloat(1.5), type(-MyFloat(1.5)).__name__, abs(MyFloat(-2.0)))
# not uses __bool__
class B:
    def __bool__(self): return False
print(not B(), not V())
# Unary on a class attribute assigned later.
V.__neg__ = lambda self: "late neg"
print(-V())
