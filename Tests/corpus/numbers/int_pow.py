# ** and pow() for ints: overflow to big ints, negative exponents give floats, modular pow.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(2 ** 10, 2 ** 62, 2 ** 63, 2 ** 64, (-2) ** 63, (-2) ** 64, 3 ** 40, 7 ** 0, 0 ** 0)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5, 1 ** -100, (-1) ** -3)
print((-1) ** (2**70), (-1) ** (2**70 + 1), 1 ** (10**30), 0 ** (10**30))
print(len(str(3 ** 1000)), 10 ** 30 // 10 ** 29)
check(lambda: 0 ** -1)
check(lambda: 0 ** -(2**70))
check(lambda: pow(3, 4, 5))
check(lambda: pow(3, 200, 10**9 + 7))
check(lambda: pow(2, -1, 7))
check(lambda: pow(3, -2, 11))
check(lambda: pow(-3, 3, 7))
check(lambda: pow(3, 3, -7))
check(lambda: pow(-3, 3, -7))
check(lambda: pow(2, 10, 1))
check(lambda: pow(2, -1, 1))
check(lambda: pow(2, -1, 4))
check(lambda: pow(2, 3, 0))
check(lambda: pow(2**100, 2**100, 10**20 + 39))
check(lambda: pow(2, 3, 5.0))
check(lambda: pow(2.0, 3, 5))
check(lambda: pow(2, 3.5, 5))
check(lambda: pow(2, 3, None))
check(lambda: pow(2, 'x'))
check(lambda: pow(2, 3, 'x'))
check(lambda: 2 ** 10**400 if False else (-8) ** (1/3))
check(lambda: 10 ** 400 ** 0.5 if False else 2 ** 0.5)
x = 3
x **= 3
print(x)
