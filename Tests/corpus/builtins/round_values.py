def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

check(round, 2.5)
check(round, 3.5)
check(round, -0.5)
check(round, -1.5)
check(round, 7)
check(round, True)
check(round, 1.5, None)
check(round, number=4.5)
check(round)
check(round, 'a')
check(round, 1, 2, 3)
check(round, float('inf'))
check(round, float('nan'))
check(round, 1e20)
class R:
    def __round__(self, n=None): return ('round', n)
check(round, R())
check(round, R(), 3)
check(round, R(), None)
