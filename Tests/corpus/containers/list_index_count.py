def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)
l = [5, 3, 5, 1, 5]
check(lambda: l.index(5))
check(lambda: l.index(5, 1))
check(lambda: l.index(5, 3))
check(lambda: l.index(5, -1))
check(lambda: l.index(5, -100))
check(lambda: l.index(5, 1, 2))
check(lambda: l.index(5, 0, -4))
check(lambda: l.index(5, 2**100))
check(lambda: l.index(5, -2**100))
check(lambda: l.index(5, 0, 2**100))
check(lambda: l.index(1, True))
class I:
    def __index__(self):
        return 3
check(lambda: l.index(1, I()))
check(lambda: l.index(5, None))
check(lambda: l.index(5, 1.0))
check(lambda: l.index(7))
check(lambda: l.index('x'))
check(lambda: l.index([1]))
check(lambda: l.index(5, 0, 0))
check(lambda: l.count(5))
check(lambda: l.count(5.0))
check(lambda: l.count(True))
check(lambda: [1, True, 1.0].count(1))
check(lambda: [[], [], [1]].count([]))
check(lambda: [None, None].count(None))
check(lambda: l.index())
check(lambda: l.index(1, 2, 3, 4))
check(lambda: l.count())
