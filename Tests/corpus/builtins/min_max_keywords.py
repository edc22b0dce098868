def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

check(max, [1, -5, 3], key=abs)
check(min, [1, -5, 3], key=abs)
check(max, 1, -5, 3, key=lambda x: -x)
check(max, [], default=None)
check(min, [], default='empty')
check(max, [7], default=0)
check(max, [1, 2], key=None)
check(max, ['a', 'bbb', 'cc'], key=len)
check(min, ['a', 'bbb', 'cc'], key=len, default=0)
