def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

check(exec, 1)
check(exec, 'x', [])
check(exec, '1', {}, 1)
check(exec)
check(exec, source='1')
check(exec, '1', None, None, None)
check(exec, '1', closure=1)
check(exec, 'x =')
check(exec, 'raise ValueError(7)')
check(exec, 'undefined_name_q')
check(exec, 'a\0b')
