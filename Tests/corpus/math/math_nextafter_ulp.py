# nextafter and ulp.
import math
for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (1.0, 1.0), (5e-324, 0.0), (1.7976931348623157e308, math.inf),
             (math.inf, 0.0), (-math.inf, 0.0), (math.nan, 1.0), (1.0, math.nan), (2**60, 0), (True, 2)]:
    print(x, y, repr(math.nextafter(x, y)))
for x in [1.0, -1.0, 0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1e300, 1.7976931348623157e308, 2**53, 0.1, math.inf, -math.inf, math.nan, 3]:
    print(repr(x), repr(math.ulp(x)))
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: math.nextafter(1))
check(lambda: math.nextafter(1, 2, 3))
check(lambda: math.ulp())
check(lambda: math.ulp('x'))
