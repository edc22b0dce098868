# NotImplemented handling and the TypeError messages of every operator.
class N:
    def __add__(self, o): return NotImplemented
    __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __matmul__ = __rmatmul__ = __add__
    __truediv__ = __rtruediv__ = __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __add__
    __divmod__ = __rdivmod__ = __pow__ = __rpow__ = __lshift__ = __rlshift__ = __rshift__ = __add__
    __rrshift__ = __and__ = __rand__ = __or__ = __ror__ = __xor__ = __rxor__ = __add__
    __iadd__ = __isub__ = __imul__ = __imatmul__ = __itruediv__ = __ifloordiv__ = __imod__ = __add__
    __ipow__ = __ilshift__ = __irshift__ = __iand__ = __ior__ = __ixor__ = __add__
    def __lt__(self, o): return NotImplemented
    __le__ = __gt__ = __ge__ = __eq__ = __ne__ = __lt__
n = N()
for sym in ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"]:
    for expr in (f"n {sym} 1", f"1 {sym} n", f"n {sym} n", f"n {sym} 'x'"):
        try:
            eval(expr)
        except TypeError as e:
            print(expr, "->", e)
    try:
        x = n
        exec(f"x {sym}= 1")
    except TypeError as e:
        print(f"x {sym}= 1 ->", e)
for sym in ["<", "<=", ">", ">="]:
    try:
        eval(f"n {sym} 1")
    except TypeError as e:
        print(f"n {sym} 1 ->", e)
print(n == n, n != n, n == 1, n != 1)
try:
    divmod(n, 1)
except TypeError as e:
    print("divmod ->", e)
try:
    pow(n, 1, 2)
except TypeError as e:
    print("pow3 ->", e)
try:
    pow(1, 2, n)
except TypeError as e:
    print("pow3 ->", e)

# Mixed builtin types.
for expr in ("1 + 'a'", "'a' + 1", "[1] + (1,)", "{} | []", "1 @ 2", "'a' - 'b'", "None + None",
             "[] * 1.5", "2.5 * 'ab'", "'a' * 'b'", "b'x' + 'y'", "1 < 'a'", "[] < ()", "None < None",
             "{1} < [1]", "1j < 2j", "[] ** 2", "~1.5", "-'a'", "+[]", "abs('x')", "~[]"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)

# NotImplemented in a boolean context (deprecation warning aside) is truthy.
print(bool(NotImplemented) if False else "skip", repr(NotImplemented), type(NotImplemented).__name__)

# Returning NotImplemented from __eq__ with both sides: identity fallback.
class E:
    def __eq__(self, o): return NotImplemented
e = E()
print(e == e, e == E(), e != e, e != E())
