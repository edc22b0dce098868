d = {i: str(i) for i in range(6)}
print(d.popitem(), d.popitem(), d)
d[100] = 'x'
print(d, d.popitem())
del d[0]
print(d.popitem(), d)
while d:
    print(d.popitem())
try:
    d.popitem()
except KeyError as e:
    print('KeyError', e)
s = {}
print(s.setdefault('a'), s.setdefault('a', 5), s.setdefault('b', []), s)
s['b'].append(1)
print(s, s.setdefault(1.0, 'float'), s.setdefault(1, 'int'), s)
print(s.pop('a'), s.pop('zz', None), s.pop(1), s)
g = dict.fromkeys(range(10))
for k in list(g)[:5]:
    g.pop(k)
print(g, g.popitem(), g)
g[50] = 'new'
print(list(g))
