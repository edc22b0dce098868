def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

for f in (bin, oct, hex):
    check(f, 0)
    check(f, 255)
    check(f, -255)
    check(f, 2**70)
    check(f, -(2**70))
    check(f, True)
    check(f, 1.5)
    check(f, '1')
class I:
    def __index__(self): return 10
check(bin, I())
check(hex, I())
check(oct, I())
check(hex)
check(hex, 1, 2)
