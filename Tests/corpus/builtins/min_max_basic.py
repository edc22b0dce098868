def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

check(max, 1, 2, 3)
check(min, 1, 2, 3)
check(max, [4, 9, 2])
check(min, (4, 9, 2))
check(max, 'hello')
check(max, [1, 5, 5.0])
check(min, [2, 2.0, 1.0, 1])
check(max, range(10))
check(min, iter([3, 1, 2]))
check(max, [1, 2], [3])
check(max, {5: 1, 2: 3})
