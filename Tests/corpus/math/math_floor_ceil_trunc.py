# floor, ceil and trunc return ints and use __floor__/__ceil__/__trunc__.
import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.0, 1e20, -1e20, 1e300, 2**70, -7, True, 4.999999999999999]:
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
class X:
    def __floor__(self): return 'floored'
    def __ceil__(self): return 'ceiled'
    def __trunc__(self): return 'truncated'
class F:
    def __float__(self): return 2.5
class MyFloat(float):
    def __floor__(self): return 'MyFloat.floor'
print(math.floor(X()), math.ceil(X()), math.trunc(X()), math.floor(F()), math.ceil(F()), math.floor(MyFloat(1.5)), math.ceil(MyFloat(1.5)))
check(lambda: math.floor(math.inf))
check(lambda: math.ceil(-math.inf))
check(lambda: math.trunc(math.nan))
check(lambda: math.floor('x'))
check(lambda: math.ceil(None))
check(lambda: math.trunc('x'))
check(lambda: math.trunc(F()))
check(lambda: math.floor(1j))
check(lambda: math.floor())
check(lambda: math.floor(1, 2))
