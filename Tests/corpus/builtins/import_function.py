def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

m = __import__('sys')
print(m.__name__)
check(__import__, 'nosuchmodule_xyz')
check(__import__)
check(__import__, '')
check(__import__, 1)
check(__import__, 'sys', level=-1)
print(__import__('sys', globals(), locals(), ['path'], 0).__name__)
print(__import__(name='time').__name__)
