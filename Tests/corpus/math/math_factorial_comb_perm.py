# factorial, comb and perm: exact results and errors.
import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print([math.factorial(n) for n in range(0, 25)])
print(math.factorial(100), len(str(math.factorial(1000))), math.factorial(True))
for n in range(0, 12):
    print(n, [math.comb(n, k) for k in range(0, n + 2)], [math.perm(n, k) for k in range(0, n + 2)], math.perm(n))
print(math.comb(100, 50), math.comb(10**20, 3), math.comb(10**20, 10**20 - 2), math.perm(100, 20), math.perm(10**20, 2), math.perm(5, None))
print(math.comb(2**70, 1), math.comb(2**70, 0), math.perm(2**70, 1), math.comb(67, 33), math.comb(68, 34), math.perm(30, 15))
check(lambda: math.factorial(-1))
check(lambda: math.factorial(-2**70))
check(lambda: math.factorial(2**70))
check(lambda: math.factorial(1.5))
check(lambda: math.factorial(5.0))
check(lambda: math.factorial('5'))
check(lambda: math.comb(5))
check(lambda: math.comb(-1, 2))
check(lambda: math.comb(1, -2))
check(lambda: math.comb(5, 2.0))
check(lambda: math.comb(2**70, 2**68))
check(lambda: math.comb(2**70, 2**70 - 1))
check(lambda: math.perm(-1))
check(lambda: math.perm(-1, 1))
check(lambda: math.perm(1, -1))
check(lambda: math.perm(2**70, 2**68))
check(lambda: math.perm(5, 1.0))
check(lambda: math.perm(1, 2, 3))
check(lambda: math.perm())
