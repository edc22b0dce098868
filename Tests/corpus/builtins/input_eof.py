def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

check(input)
check(input, 'prompt> ')
check(input, 1, 2)
check(input, prompt='x')
