import numbers
for c in [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]:
    print(c.__name__, sorted(c.__abstractmethods__), [k for k in c.__dict__ if not k.startswith('_abc')])
print(numbers.__all__)
for v in [1, True, 1.5, 2j, 'x', None]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number))
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print('TypeError:', e)
class Half(numbers.Rational):
    def __init__(self, n): self.n = n
    numerator = property(lambda self: self.n)
    denominator = property(lambda self: 2)
    def __abs__(s): pass
    def __add__(s, o): pass
    def __radd__(s, o): pass
    def __ceil__(s): pass
    def __eq__(s, o): pass
    def __floor__(s): pass
    def __floordiv__(s, o): pass
    def __rfloordiv__(s, o): pass
    def __le__(s, o): pass
    def __lt__(s, o): pass
    def __mod__(s, o): pass
    def __rmod__(s, o): pass
    def __mul__(s, o): pass
    def __rmul__(s, o): pass
    def __neg__(s): return Half(-s.n)
    def __pos__(s): return s
    def __pow__(s, o): pass
    def __rpow__(s, o): pass
    def __round__(s, n=None): pass
    def __truediv__(s, o): pass
    def __rtruediv__(s, o): pass
    def __trunc__(s): pass
h = Half(3)
print(float(h), complex(h), h.real.n, h.imag, h.conjugate().n, bool(h), divmod.__name__, numbers.Number.__hash__)
