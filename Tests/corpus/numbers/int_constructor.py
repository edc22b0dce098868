# int(x) for numbers and objects with __int__ / __index__; argument errors.
def check(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: int())
check(lambda: int(0))
check(lambda: int(3.99))
check(lambda: int(-3.99))
check(lambda: int(-0.0))
check(lambda: int(1e20))
check(lambda: int(2.0**100))
check(lambda: int(-1e300) == -10**300)
check(lambda: int(True))
check(lambda: int(float('inf')))
check(lambda: int(float('-inf')))
check(lambda: int(float('nan')))
check(lambda: int(2**70))
check(lambda: int(None))
check(lambda: int([1]))
check(lambda: int(1j))
check(lambda: int(x=5))
check(lambda: int(base=10))
check(lambda: int('5', 10, 1))
check(lambda: int('5', base=10, x=2))
class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
class BadInt:
    def __int__(self):
        return 'x'
class BadIndex:
    def __index__(self):
        return 1.5
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
check(lambda: int(WithInt()))
check(lambda: int(WithIndex()))
check(lambda: int(BadInt()))
check(lambda: int(BadIndex()))
check(lambda: int(Both()))
check(lambda: int('12', WithIndex()))
check(lambda: int('12', 2**70))
check(lambda: int('12', 1))
check(lambda: int('12', 37))
check(lambda: int('12', -1))
check(lambda: int('12', 1.5))
check(lambda: int(12, 10))
check(lambda: int(12.5, 0))
class S(str):
    pass
check(lambda: int(S('  42 ')))
check(lambda: int(S('ff'), 16))
