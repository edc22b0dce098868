# isclose, isfinite, isinf, isnan.
import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0.0, 1, -1e308, 10**300, math.inf, -math.inf, math.nan, True, 5e-324]:
    print(repr(v)[:12], math.isfinite(v), math.isinf(v), math.isnan(v))
pairs = [(1, 1), (1, 1.0000000001), (1, 1.000000001), (1, 1.00000001), (0, 1e-10), (0.0, 0.0), (-0.0, 0.0), (math.inf, math.inf),
         (math.inf, -math.inf), (math.inf, 1e308), (math.nan, math.nan), (1e-300, 2e-300), (100, 101)]
for a, b in pairs:
    print(a, b, math.isclose(a, b), math.isclose(a, b, rel_tol=0.05), math.isclose(a, b, abs_tol=1e-9), math.isclose(a, b, rel_tol=0, abs_tol=0))
check(lambda: math.isclose(1, 2, rel_tol=-1))
check(lambda: math.isclose(1, 2, abs_tol=-0.1))
check(lambda: math.isclose(1, 2, 0.5))
check(lambda: math.isclose(1))
check(lambda: math.isclose(a=1, b=1))
check(lambda: math.isclose(1, 'x'))
check(lambda: math.isclose(1, 2, tol=1))
check(lambda: math.isnan('x'))
check(lambda: math.isinf())
check(lambda: math.isfinite(10**400))
