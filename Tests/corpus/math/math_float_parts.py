# frexp, ldexp, modf, fmod, copysign and remainder.
import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0.0, -0.0, 1.0, -1.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 8, True, math.inf, -math.inf, math.nan]:
    print(repr(v), math.frexp(v), math.modf(v))
print(math.ldexp(0.5, 1), math.ldexp(1, -1074), math.ldexp(3, -1075), math.ldexp(1.0, 1023), math.ldexp(-0.0, 10), math.ldexp(math.inf, -5),
      math.ldexp(1, -2**70), math.ldexp(1.5, True), math.ldexp(7, 0), math.ldexp(0.75, -1076))
for x, y in [(5.5, 2), (-5.5, 2), (5.5, -2), (1, 0.1), (-0.0, 1), (3, math.inf), (-3, -math.inf), (1e300, 1e-300), (7, 7)]:
    print(x, y, repr(math.fmod(x, y)), repr(math.remainder(x, y)), repr(math.copysign(x, y)))
for x in [0.5, 1.5, 2.5, 3.5, -2.5, 4.5, 1e16 + 2, 7.0]:
    print(x, math.remainder(x, 1.0), math.remainder(x, 2.0), math.remainder(x, -3.0))
print(math.copysign(1, -0.0), math.copysign(-1, 0.0), math.copysign(math.inf, -1), math.copysign(math.nan, -1.0), math.copysign(2, math.nan))
print(math.remainder(math.nan, 1), math.remainder(1, math.nan), math.remainder(5, math.inf), math.fmod(math.nan, 1))
check(lambda: math.ldexp(1, 1.0))
check(lambda: math.ldexp(1, '2'))
check(lambda: math.ldexp('1', 2))
check(lambda: math.ldexp(1e308, 10))
check(lambda: math.frexp('x'))
check(lambda: math.modf())
check(lambda: math.fmod(1))
check(lambda: math.copysign(1))
check(lambda: math.remainder(1, 2, 3))
