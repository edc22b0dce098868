# gamma, lgamma, erf and erfc.
import math
vals = [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 5.0, 10.0, 23.0, 24.0, 30.5, 100.5, 140.5, 150.25, 171.5, -0.5, -1.5, -2.5, -10.5,
        -140.5, -150.25, -180.5, -250.5, 1e-21, -1e-21, 1e-10, 5.524680040776729, 6.5, math.inf, math.nan, 3, True]
for v in vals:
    row = []
    for f in (math.gamma, math.lgamma, math.erf, math.erfc):
        try:
            row.append(repr(f(v)))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(v), row)
print(math.lgamma(1e300), math.lgamma(-math.inf), math.erf(-math.inf), math.erfc(-math.inf), math.erfc(30), math.erf(0.0), math.erf(-0.0))
