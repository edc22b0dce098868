# gcd and lcm with any number of arguments, isqrt exactly for any size.
import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(math.gcd(), math.gcd(0), math.gcd(-7), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5))
print(math.gcd(12, 18, 27), math.gcd(2**100, 6**50, 10**30), math.gcd(2**64 + 2, 2**64 + 4), math.gcd(True, 4), math.gcd(1, 10**100))
print(math.lcm(), math.lcm(0), math.lcm(-7), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**70, 3**40))
print(type(math.gcd(True)).__name__, type(math.lcm(True, True)).__name__, math.gcd(*range(0, 100, 6)))
for n in [0, 1, 2, 3, 4, 8, 9, 15, 16, 17, 24, 25, 10**10, 2**62, 2**63 - 1, 2**64 - 1, 2**64, 10**30, 10**60 + 17, 2**200, 4**100 - 1, True]:
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
check(lambda: math.gcd(1.5))
check(lambda: math.gcd(1, 2.0))
check(lambda: math.gcd('a'))
check(lambda: math.gcd(a=1))
check(lambda: math.lcm(1, 2.0))
check(lambda: math.lcm(b=1))
check(lambda: math.isqrt(-1))
check(lambda: math.isqrt(-(2**70)))
check(lambda: math.isqrt(2.0))
check(lambda: math.isqrt())
class I:
    def __index__(self):
        return 36
print(math.isqrt(I()), math.gcd(I(), 8), math.lcm(I(), 8))
