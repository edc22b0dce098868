def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

check(all, [])
check(any, [])
check(all, [1, 2, 3])
check(all, [1, 0, 3])
check(any, [0, '', None])
check(any, [0, 'x'])
check(all, 'abc')
check(any, iter([]))
check(all, 1)
check(any)
check(all, [1], [2])
def gen():
    yield 1
    print('second')
    yield 0
    print('never')
    yield 1
check(all, gen())
check(any, (print('x') for _ in range(2)))
