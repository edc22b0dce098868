def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

check(abs, -5)
check(abs, 5)
check(abs, -2.5)
check(abs, True)
check(abs, -(2**70))
check(abs, 'a')
check(abs)
check(abs, 1, 2)
class A:
    def __abs__(self): return 'absolute'
check(abs, A())
check(abs, x=1)
