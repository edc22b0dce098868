import itertools as it

print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')])
print([k for k, g in it.groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print([(k, list(g)) for k, g in it.groupby([])], [(k, type(g)) for k, g in it.groupby('a', None)])
groups = []
for k, g in it.groupby('aabbc'):
    groups.append(g)
print([list(g) for g in groups])
gb = it.groupby('aaabb')
k, g = next(gb)
print(k, next(g))
k2, g2 = next(gb)
print(k2, list(g), list(g2))
print(type(g).__name__, type(gb).__name__)
for e in ['it.groupby()', 'it.groupby([1], 2, 3)', 'it.groupby(x=1)', 'list(it.groupby(1))']:
    try:
        print(e, '->', eval(e))
    except TypeError as exc:
        print(e, '!!', exc)

a, b = it.tee([1, 2, 3])
print(list(a), list(b))
a, b, c = it.tee(iter('abc'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(it.tee([1], 0), len(it.tee([1], 5)), type(it.tee([1])[0]).__name__)
a, b = it.tee(range(200))
print(sum(a), sum(b))
x, = it.tee('xy', 1)
y = x.__copy__()
print(next(x), list(y), list(x))
t1, t2 = it.tee('abc')
next(t1)
t3, t4 = it.tee(t1)
print(list(t3), list(t4), list(t2))
for e in ['it.tee([1], -1)', 'it.tee(1)', 'it.tee([1], "x")', 'it.tee()', 'it.tee([1], 2, 3)', 'it.tee([1], n=2)']:
    try:
        print(e, '->', eval(e))
    except (TypeError, ValueError) as exc:
        print(e, '!!', type(exc).__name__, exc)
def reentrant():
    yield next(t)
t, = it.tee(reentrant(), 1)
try:
    next(t)
except RuntimeError as e:
    print(e)
