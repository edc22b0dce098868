# Unary operators return whatever the dunder returns; errors name the operand type.
class Weird:
    def __neg__(self): return "negated"
    def __pos__(self): return None
    def __invert__(self): return 42
    def __abs__(self): return [1]
w = Weird()
print(-w, +w, ~w, abs(w))
class Raises:
    def __neg__(self): raise ArithmeticError("cannot negate")
try:
    -Raises()
except ArithmeticError as e:
    print("ArithmeticError:", e)
print(-(-5), ~~5, +(+5), abs(-(abs(-3))))
print(-True, ~False, abs(True), -0.0, abs(-0.0), -(2**70), abs(-(2**70)))
for v in ([], {}, "s", None, (1,), {1}):
    for name, f in (("neg", lambda x: -x), ("invert", lambda x: ~x)):
        try:
            f(v)
        except TypeError as e:
            print(name, "TypeError:", e)
class Sub(int):
    def __neg__(self): return "Sub.neg"
    def __invert__(self): return NotImplemented
print(-Sub(1), ~Sub(1))
print(complex(1, 2).__neg__(), -complex(1, 2), abs(3 + 4j))
