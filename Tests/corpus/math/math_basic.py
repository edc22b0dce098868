# sqrt, exp, exp2, expm1, log1p, cbrt, fabs on typical and special values.
import math
vals = [0.0, -0.0, 1.0, 2.0, 0.5, 10.0, 100.0, 1e-10, 1e10, 1e300, 5e-324, 3, 2**60, True, math.inf, -math.inf, math.nan, -1.5, 0.1, 709.0, -745.0]
for name in ['sqrt', 'exp', 'exp2', 'expm1', 'log1p', 'cbrt', 'fabs']:
    f = getattr(math, name)
    row = []
    for v in vals:
        try:
            row.append(repr(f(v)))
        except Exception as e:
            row.append(type(e).__name__)
    print(name, row)
