# hypot with any number of coordinates and dist between points (accurate vector norm).
import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 3), math.hypot(-0.0, 0.0), math.hypot(1e-310, 1e-310))
print(math.hypot(1e300, 1e300), math.hypot(5e-324, 5e-324), math.hypot(*range(100)), math.hypot(0.1, 0.2, 0.3, 0.4), math.hypot(True, 2**60))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-math.inf, 1), math.hypot(1e308, 1e307))
seed = 99
for n in range(2, 9):
    row = []
    for i in range(8):
        coords = []
        for j in range(n):
            seed = (seed * 1103515245 + 12345) % 2**31
            coords.append((seed / 2**31 - 0.5) * 10.0 ** (seed % 12 - 6))
        row.append(repr(math.hypot(*coords)))
    print(n, row)
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((), ()), math.dist(iter([1.5]), (0.5,)), math.dist((1,), (1,)))
print(math.dist((1e308, -1e308), (-1e308, 1e308)) if False else 0, math.dist((math.inf, 0), (0, 0)), math.dist((0.1, 0.2), (0.3, 0.4)))
check(lambda: math.dist((1,), (1, 2)))
check(lambda: math.dist(1, 2))
check(lambda: math.dist((1,)))
check(lambda: math.dist(('a',), (1,)))
check(lambda: math.hypot('a'))
check(lambda: math.hypot(x=1))
check(lambda: math.hypot(1e308, 1e308))
