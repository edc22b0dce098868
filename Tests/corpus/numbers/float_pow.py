# Float ** special cases, negative bases to fractional powers give complex results, errors.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

inf, nan = float('inf'), float('nan')
bases = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, inf, -inf, nan]
exps = [0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, inf, -inf, nan]
for b in bases:
    row = []
    for e in exps:
        try:
            row.append(repr(b ** e))
        except Exception as ex:
            row.append(type(ex).__name__)
    print(repr(b), row)
check(lambda: (-8.0) ** (1 / 3))
check(lambda: (-2.0) ** 0.5)
check(lambda: (-1) ** 0.5)
check(lambda: 2 ** 0.5)
check(lambda: 2.0 ** 10000)
check(lambda: (-2.0) ** 10001)
check(lambda: 10.0 ** -400)
check(lambda: 0.0 ** -1)
check(lambda: 0.0 ** -1.5)
check(lambda: (-0.0) ** -3)
check(lambda: 1.0 ** 10**400)
check(lambda: 2.0 ** 10**400)
check(lambda: pow(2.0, 3.0))
check(lambda: pow(2.0, 3, 5))
check(lambda: pow(2, 3.0, None))
check(lambda: pow(4, 0.5))
check(lambda: 1e300 ** 2)
x = 2.0
x **= -2
print(x)
