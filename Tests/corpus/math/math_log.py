# log, log2, log10 of floats and of ints of any size, log with a base.
import math
for v in [1, 2, 10, 0.5, 1e-300, 5e-324, 1e308, 2**52, 2**1000, 10**100, 2**1023, 2**1024, 2**1024 - 1, 10**400, 3**5000, True, math.e, math.inf, math.nan]:
    print(type(v).__name__, [repr(f(v)) for f in (math.log, math.log2, math.log10)])
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(2**3000, 2), math.log(10**500, 10), math.log(2, 2**1500), math.log(0.5, 4))
print(math.log(3.0, 10**400), math.log(10**400, 10**200), math.log(5, 0.5), math.log(7, math.e))
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: math.log(10, 1))
check(lambda: math.log(1, 1))
check(lambda: math.log(10, 0))
check(lambda: math.log(10, -2))
check(lambda: math.log(-2**2000))
check(lambda: math.log(0, 2))
check(lambda: math.log())
check(lambda: math.log(1, 2, 3))
check(lambda: math.log(x=2))
check(lambda: math.log('x'))
check(lambda: math.log(2, 'x'))
check(lambda: math.log2(0))
check(lambda: math.log10(-10**500))
class MyInt(int):
    pass
print(math.log(MyInt(100), 10), math.log2(MyInt(2**2000)))
