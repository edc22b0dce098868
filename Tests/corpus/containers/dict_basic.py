d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], 'a' in d, 'z' in d, 'z' not in d)
d['a'] = 10
print(d)
del d['b']
print(d)
d['b'] = 20
print(d, list(d))
print(d.get('a'), d.get('zz'), d.get('zz', 'dflt'))
print(d.setdefault('a', 0), d.setdefault('new', []), d)
d['new'].append(1)
print(d)
print(d.pop('new'), d.pop('missing', 'dflt'), d)
print(d.popitem(), d)
print(d.copy(), d.copy() is d, type(d.copy()).__name__)
d.update({'x': 1}, y=2)
d.update([('z', 3), ['w', 4]])
d.update(k=5)
d.update()
print(d)
d.clear()
print(d, len(d), bool(d), bool({0: 0}))
print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, x=3), dict(zip('ab', 'cd')), dict(['ab', 'cd']))
print({1: 'a', True: 'b', 1.0: 'c'}, {0: 'z', False: 'f'})
print({(1, 2): 'tuple', frozenset([3]): 'fs', None: 'none', 2.5: 'float'})
print({i: i * i for i in range(6)})
print({k: v for k, v in [('a', 1), ('a', 2)]})
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
print(dict.fromkeys({'x': 1, 'y': 2}, 'v'), dict.fromkeys({3, 1, 2}))
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a)
a |= b
print(a)
a |= [('q', 9)]
print(a)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {} == {}, {1: 2} == [(1, 2)])
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print(dict[str, int], dict[str, int].__args__)
nan = float('nan')
print({nan: 1} == {nan: 1}, {1: nan} == {1: nan})
print(list(reversed({1: 'a', 2: 'b', 3: 'c'})))
x = {}
x[x_key := 'k'] = x
print(x)
