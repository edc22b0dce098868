# Float comparisons: NaN unordered, signed zeros equal, exact comparison with ints.
inf, nan = float('inf'), float('nan')
vals = [0.0, -0.0, 1.0, -1.5, 1e308, inf, -inf, nan, 2.0**53, 2.0**53 + 2, 9007199254740993, 2**1000, -(2**1000), 10**400]
for a in vals:
    for b in vals:
        print(repr(a)[:20], repr(b)[:20], a < b, a <= b, a == b, a != b, a > b, a >= b)
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], 0.0 == -0.0, 1.0 == True, 0.5 < True)
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: 1.0 < 'a')
check(lambda: 1.0 == 'a')
check(lambda: 1.0 >= None)
check(lambda: 1.0 < 1j)
check(lambda: 1.0 == 1 + 0j)
