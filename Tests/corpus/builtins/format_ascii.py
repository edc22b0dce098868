def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

check(format, 'abc')
check(format, 'abc', '')
check(format, 1, 1)
check(format)
check(format, 1, '', 3)
class F:
    def __format__(self, spec): return 'F(' + spec + ')'
check(format, F(), 'xyz')
check(format, F())
class BadF:
    def __format__(self, spec): return 1
check(format, BadF())
check(ascii, 'abc')
check(ascii, '\xe9t\xe9')
check(ascii, '\u20ac')
check(ascii, '\U0001F600')
check(ascii, ['\xe9', 1])
check(ascii)
