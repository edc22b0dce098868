# fsum is exactly rounded; special values and errors.
import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(math.fsum([]), math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e-16, 1, 1e16]), math.fsum([-0.0]), math.fsum([-0.0, -0.0]))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([2**53, 1, 1e-20]), math.fsum(range(10)), math.fsum([1, 2**1000]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]), math.fsum([1e308, 1e308, -1e308]) if False else 0)
print(math.fsum(x / 7 for x in range(100)), math.fsum([0.1, 0.2, 0.3, -0.6]), math.fsum([1.1] * 1000), math.fsum((True, 2.5, 3)))
print(math.fsum([math.inf, 1]), math.fsum([math.inf, math.inf]), math.fsum([-math.inf, 1e308]), math.fsum([math.nan, 1]), math.fsum([math.inf, math.nan]))
seed = 7
vals = []
for i in range(2000):
    seed = (seed * 1103515245 + 12345) % 2**31
    vals.append((seed / 2**31 - 0.5) * 10.0 ** (seed % 40 - 20))
print(repr(math.fsum(vals)), repr(math.fsum(reversed(vals))), repr(math.fsum(sorted(vals))))
check(lambda: math.fsum([1e308, 1e308]))
check(lambda: math.fsum([math.inf, -math.inf]))
check(lambda: math.fsum([1, 'a']))
check(lambda: math.fsum(5))
check(lambda: math.fsum([10**400]))
check(lambda: math.fsum())
