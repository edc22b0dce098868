def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

check(sorted)
check(sorted, [], None)
check(sorted, 1)
check(sorted, [1, 'a'])
check(sorted, key=len)
check(sorted, [1], foo=1)
check(sorted, iterable=[1])
