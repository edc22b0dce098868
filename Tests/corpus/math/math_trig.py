# Trigonometric functions and degrees/radians.
import math
vals = [0.0, -0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 2 * math.pi, 10.0, 1e10, 1e-10, 1e300, 3, math.inf, math.nan]
for name in ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'degrees', 'radians']:
    f = getattr(math, name)
    row = []
    for v in vals:
        try:
            row.append(repr(f(v)))
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print(name, row)
pairs = [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (1.0, 1.0), (1.0, -1.0), (-1.0, -1.0), (1.0, 0.0), (0.0, -1.0),
         (math.inf, 1.0), (math.inf, math.inf), (math.inf, -math.inf), (-math.inf, -math.inf), (1.0, math.inf), (1.0, -math.inf),
         (-1.0, -math.inf), (math.nan, 1.0), (2, 3), (1e-300, 1e300)]
print('atan2', [repr(math.atan2(y, x)) for y, x in pairs])
