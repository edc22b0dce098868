# Hyperbolic functions and their inverses.
import math
vals = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 10.0, 700.0, 711.0, -711.0, 1e-10, 1e300, 0.9999999, math.inf, -math.inf, math.nan]
for name in ['sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']:
    f = getattr(math, name)
    row = []
    for v in vals:
        try:
            row.append(repr(f(v)))
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print(name, row)
