# Float //, % and divmod round toward negative infinity; the remainder has the divisor's sign.
inf, nan = float('inf'), float('nan')
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (0.0, -3), (1e-300, 1e300), (-1e-300, 1e300),
         (5, 0.5), (3.0, inf), (-3.0, inf), (3.0, -inf), (inf, 3.0), (nan, 1.0), (1.0, nan), (0.1, 0.01), (1e308, 1e-308),
         (6.0, 3.0), (-6.0, 3.0), (2**60, 3.5), (1.0, 0.1), (-1.0, 0.1)]
for a, b in pairs:
    print(repr(a), repr(b), repr(a // b), repr(a % b), repr(divmod(a, b)))
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: 1.0 // 0.0)
check(lambda: 1.0 % 0.0)
check(lambda: divmod(1.0, 0.0))
check(lambda: 1.0 // 0)
check(lambda: 5 % 0.0)
check(lambda: divmod(5, -0.0))
check(lambda: 1.0 / 0.0)
check(lambda: divmod(1.0, 'x'))
