# Complex ** : integral exponents by repeated multiplication, polar form otherwise, errors.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for b in [1j, 1 + 1j, -2 + 0.5j, 2 + 0j, 0.5j]:
    print(repr(b), [repr(b ** e) for e in [0, 1, 2, 3, -1, -2, 10, 100, 101, 0.5, -0.5, 1j, 2 + 1j, 1.5]])
check(lambda: 0j ** 0)
check(lambda: 0j ** 1)
check(lambda: 0j ** 2.5)
check(lambda: 0j ** -1)
check(lambda: 0j ** 1j)
check(lambda: 0j ** (-1 + 0j))
check(lambda: (1e200 + 1e200j) ** 2)
check(lambda: (2 + 0j) ** 1000000)
check(lambda: (2 + 0j) ** 1e10)
check(lambda: 10 ** (1000 + 0j))
check(lambda: pow(1j, 2, 3))
check(lambda: pow(1j, 2, None))
check(lambda: 2 ** 1j)
check(lambda: 2.5 ** (1 + 1j))
check(lambda: (-8) ** (1 / 3))
check(lambda: (-1.0) ** 0.5)
