def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

check(max)
check(min)
check(max, 1)
check(max, [])
check(min, ())
check(max, 1, 2, default=3)
check(min, 1, 2, foo=3)
check(max, [1, 2], bar=1)
check(max, 1, 'a')
check(min, [1, None])
check(max, [1, 2], key=1)
def bad(x):
    raise ValueError('bad key')
check(max, [1, 2], key=bad)
