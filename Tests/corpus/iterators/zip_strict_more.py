def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)
def gen(n, fail=False):
    for i in range(n):
        yield i
    if fail:
        raise KeyError('gen stopped badly')
check(lambda: list(zip(gen(2), gen(2), strict=True)))
check(lambda: list(zip(gen(2), gen(3), strict=True)))
check(lambda: list(zip(gen(3), gen(2), strict=True)))
check(lambda: list(zip(gen(2, True), gen(2), strict=True)))
check(lambda: list(zip(gen(2), gen(2, True), strict=True)))
check(lambda: list(zip(gen(2), gen(2), gen(1), gen(2), strict=True)))
check(lambda: list(zip(gen(1), gen(2), gen(2), gen(2), strict=True)))
check(lambda: list(zip(gen(2), gen(2), gen(2), gen(3), strict=True)))
check(lambda: list(zip([1], strict=True)))
check(lambda: list(zip(strict=False)))
check(lambda: list(zip([1, 2], 'ab', strict=0)))
check(lambda: list(zip([1, 2], 'a', strict='')))
check(lambda: list(zip([1, 2], 'a', strict='yes')))
z = zip([1, 2], [3], strict=True)
print(next(z))
check(lambda: next(z))
check(lambda: next(z))
