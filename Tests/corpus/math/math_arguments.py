# Argument counts, keyword arguments and argument types of math functions.
import math
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for name in ['sqrt', 'exp', 'sin', 'fabs', 'floor', 'ceil', 'trunc', 'isnan', 'frexp', 'gamma', 'erf', 'log2', 'log10', 'degrees', 'factorial', 'isqrt', 'fsum', 'ulp']:
    f = getattr(math, name)
    check(name + '()', lambda: f())
    check(name + '(1, 2)', lambda: f(1, 2))
    check(name + '(x=1)', lambda: f(x=1))
    check(name + "('1')", lambda: f('1'))
for name in ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'ldexp', 'nextafter', 'comb', 'dist']:
    f = getattr(math, name)
    check(name + '(1)', lambda: f(1))
    check(name + '(1, 2, 3)', lambda: f(1, 2, 3))
check('sqrt(None)', lambda: math.sqrt(None))
check('sqrt([])', lambda: math.sqrt([]))
check('sqrt(1j)', lambda: math.sqrt(1j))
check('exp(b"1")', lambda: math.exp(b'1'))
check('atan2("a", 1)', lambda: math.atan2('a', 1))
check('copysign(1, None)', lambda: math.copysign(1, None))
