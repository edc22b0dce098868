# int <-> float conversions: truncation, correct rounding of big ints, overflow errors.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0.0, -0.0, 0.999, -0.999, 1e15 + 0.5, 2.0**52 + 0.5, 2.0**63, -2.0**63, 2.0**64, 1e20, 1.7976931348623157e308, 5e-324]:
    print(repr(v), int(v))
for n in [2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**54 + 2, 2**54 + 6, -(2**53 + 1), 2**63 - 1, 2**64 - 1, 2**100 + 2**47,
          2**100 + 2**47 + 1, 2**1023, 2**1024 - 2**971 - 1, 10**300]:
    print(n, repr(float(n)), float(n) == n)
check(lambda: float(2**1024))
check(lambda: float(2**1024 - 2**970))
check(lambda: float(-(2**1024)))
check(lambda: float(10**400))
check(lambda: 1.5 * 10**400)
check(lambda: 10**400 + 0.5)
check(lambda: int(1e400))
check(lambda: int(-1e400))
check(lambda: int(float('nan')))
