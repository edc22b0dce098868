def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

exec('a = 1')
print(a)
ns = {}
exec('b = 2\nc = b * 3', ns)
print(ns['b'], ns['c'], '__builtins__' in ns)
g = {}
l = {}
exec('d = 4', g, l)
print('d' in g, l)
exec(b'e = 5', ns)
print(ns['e'])
exec(compile('f = 6', '<c>', 'exec'), ns)
print(ns['f'])
print(exec('7'))
