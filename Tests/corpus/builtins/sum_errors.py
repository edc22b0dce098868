def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

check(sum, ['a', 'b'], '')
check(sum, [b'a'], b'')
check(sum, [1], 'x')
check(sum, ['a', 'b'])
check(sum, 1)
check(sum)
check(sum, [1], 2, 3)
check(sum, iterable=[1])
check(sum, [1, 'a'])
check(sum, [[1]])
