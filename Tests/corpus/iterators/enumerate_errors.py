def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)
check(lambda: enumerate())
check(lambda: enumerate(1))
check(lambda: enumerate(None))
check(lambda: enumerate([], 'a'))
check(lambda: enumerate([], 1.5))
check(lambda: enumerate([], None))
check(lambda: enumerate([], 1, 2))
check(lambda: enumerate([], start=1, x=2))
check(lambda: enumerate([], x=1))
check(lambda: enumerate([], iterable=[]))
check(lambda: enumerate(start=1))
check(lambda: list(enumerate(iterable='ab')))
check(lambda: list(enumerate('ab', start=-1)))
def bad():
    yield 1
    raise KeyError('inner')
check(lambda: list(enumerate(bad())))
e = enumerate('abc')
print(e.__next__(), next(e), list(e))
check(lambda: e.__next__())
print(type(e).__name__, iter(e) is e)
