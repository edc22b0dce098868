def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

check(eval, 1)
check(eval, '1', [])
check(eval, '1', {}, 1)
check(eval)
check(eval, '1', globals={})
check(eval, 'x = 1')
check(eval, 'undefined_q')
check(eval, '1/0')
check(eval, '(')
def g():
    n = 1
    def h(): return n
    return h.__code__
check(eval, g())
