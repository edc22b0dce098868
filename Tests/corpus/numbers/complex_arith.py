# Complex + - * / with complex, float and int operands; division by zero; unsupported ops.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0j, 1j, 1 + 2j, -3.5 + 0.5j, complex(1e308, 1e308), complex(float('inf'), 0), 2, -1.5, True]
for a in vals:
    for b in vals:
        try:
            q = a / b
        except ZeroDivisionError as e:
            q = 'ZeroDivisionError: %s' % e
        print(repr(a), repr(b), repr(a + b), repr(a - b), repr(a * b), repr(q))
for a in vals[:6]:
    print(repr(a), repr(-a), repr(+a), repr(abs(a)), repr(a.conjugate()), bool(a))
check(lambda: (1 + 2j) // 2)
check(lambda: (1 + 2j) % 2)
check(lambda: divmod(1j, 2))
check(lambda: 1j & 1)
check(lambda: 1j + 'a')
check(lambda: 1j + 10**400)
check(lambda: abs(complex(1e308, 1e308)))
check(lambda: abs(complex(float('inf'), float('nan'))))
check(lambda: 1j / 0)
check(lambda: 1j / 0j)
check(lambda: 1 / 0j)
check(lambda: (1+2j).__add__(1))
check(lambda: (1+2j).__radd__(1))
check(lambda: (1+2j).__rsub__(1))
check(lambda: (1+2j).__rtruediv__(1))
check(lambda: (1+2j).__add__('x'))
check(lambda: int(1j))
check(lambda: float(1j))
x = 1j
x += 2
x *= 1j
print(x)
