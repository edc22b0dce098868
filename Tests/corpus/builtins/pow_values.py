def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

check(pow, 2, 10)
check(pow, 2, -1)
check(pow, 2.0, 3)
check(pow, base=2, exp=5)
check(pow, 2, exp=3)
check(pow)
check(pow, 1)
check(pow, 1, 2, base=3)
check(pow, 1, 2, 3, 4)
check(pow, 1, exp=2, foo=3)
check(pow, 'a', 2)
check(pow, 2, 3, None)
check(pow, 0, -1)
