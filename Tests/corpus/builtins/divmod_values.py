def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

check(divmod, 7, 2)
check(divmod, -7, 2)
check(divmod, 7, -2)
check(divmod, 7.5, 2)
check(divmod, 1, 0)
check(divmod, 'a', 1)
check(divmod, 1)
check(divmod, 1, 2, 3)
class D:
    def __divmod__(self, o): return ('d', o)
    def __rdivmod__(self, o): return ('r', o)
check(divmod, D(), 3)
check(divmod, 3, D())
