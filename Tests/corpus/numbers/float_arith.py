# Float + - * / with infinities, NaN, signed zeros and mixed int operands.
inf, nan = float('inf'), float('nan')
vals = [0.0, -0.0, 1.5, -2.25, 1e308, 5e-324, inf, -inf, nan, 3, -7, 2**70]
for a in vals:
    for b in vals:
        try:
            q = a / b
        except ZeroDivisionError as e:
            q = 'ZeroDivisionError: %s' % e
        except OverflowError as e:
            q = 'OverflowError: %s' % e
        print(repr(a), repr(b), repr(a + b), repr(a - b), repr(a * b), repr(q))
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 5, 0.0 * -1, -(0.0), +(-0.0), abs(-0.0), 1e308 + 1e308, 0.1 + 0.7)
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: 1.0 + 10**400)
check(lambda: 10**400 * 0.0)
check(lambda: 1.0 / 0)
check(lambda: 1.0 / -0.0)
check(lambda: 1.0 + 'a')
check(lambda: 1.0 @ 2.0)
check(lambda: 1.0 & 1)
check(lambda: 2.0 << 1)
check(lambda: -1.5.__neg__())
check(lambda: (2.5).__add__(1))
check(lambda: (2.5).__radd__(1))
check(lambda: (2.5).__add__('x'))
check(lambda: (2.5).__rsub__(1))
check(lambda: (2.5).__rtruediv__(1))
