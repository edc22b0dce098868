def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

check(sum, [1, 2, 3])
check(sum, [1, 2, 3], 10)
check(sum, [1, 2], start=3)
check(sum, [])
check(sum, [], 5)
check(sum, [0.1] * 10)
check(sum, [1, 2.5, True])
check(sum, [2**62, 2**62, 2**62])
check(sum, [-(2**63), -1])
check(sum, [[1], [2, 3]], [])
check(sum, [(1,), (2,)], ())
check(sum, range(101))
check(sum, (x * x for x in range(5)))
check(sum, [1.5, 2], 1)
