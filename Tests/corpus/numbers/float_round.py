# round() of floats: half to even on the exact binary value, negative ndigits, huge ndigits.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0.5, 1.5, 2.5, -0.5, -2.5, 2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678, 1e16 + 2, 1.5e300, 5e-324,
        0.1, 123456.0, 150.0, 250.0, -250.0, 1e-10, 0.0, -0.0, 999.9999]
for v in vals:
    print(repr(v), round(v), [repr(round(v, n)) for n in (0, 1, 2, 3, -1, -2, -3, 10, 400, -400, -308, -307, 323, 324)])
for v in [float('inf'), float('-inf'), float('nan')]:
    check(lambda: round(v))
    print(repr(round(v, 2)), repr(round(v, -2)))
check(lambda: round(1.7976931348623157e308, -308))
check(lambda: round(-1.7976931348623157e308, -308))
check(lambda: round(2.5, 2**70))
check(lambda: round(2.5, -2**70))
check(lambda: round(2.5, 1.0))
check(lambda: round(2.5, None))
check(lambda: (2.5).__round__(1, 2))
check(lambda: (2.5).__round__(ndigits=1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(1e20), round(-1e20), round(2.0**80 + 0.0))
