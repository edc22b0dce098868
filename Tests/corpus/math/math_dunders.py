# math functions accept objects with __float__ or __index__ and float/int subclasses.
import math
class F:
    def __float__(self):
        return 0.25
class I:
    def __index__(self):
        return 16
class BadF:
    def __float__(self):
        return 'x'
class MyFloat(float):
    pass
class MyInt(int):
    pass
print(math.sqrt(F()), math.sqrt(I()), math.exp(F()), math.hypot(F(), I()), math.fsum([F(), I()]), math.isnan(F()), math.copysign(I(), -1))
print(math.sqrt(MyFloat(2.25)), math.log(MyInt(8), 2), math.factorial(MyInt(5)), math.gcd(MyInt(12), I()), math.isqrt(I()), math.frexp(I()))
print(math.dist([F(), I()], [0, 0]), math.pow(I(), F()), math.ldexp(F(), MyInt(2)), math.floor(MyInt(3)), type(math.floor(MyInt(3))).__name__)
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: math.sqrt(BadF()))
check(lambda: math.factorial(F()))
check(lambda: math.ldexp(1, I()))
check(lambda: math.gcd(F()))
check(lambda: math.comb(I(), I()))
