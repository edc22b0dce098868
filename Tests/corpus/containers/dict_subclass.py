class Default(dict):
    def __missing__(self, key):
        return 'missing:' + str(key)
d = Default(a=1)
print(d['a'], d['b'], d.get('b'), 'b' in d, d)
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in 'hello':
    c[ch] += 1
print(c)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u['a'] = 1
print(u, u['A'], u['a'])
print(Upper.fromkeys('xy', 0))
u2 = Upper({'q': 1})
print(u2)
u2.update(r=2)
print(u2)
class OrderedKeys(dict):
    def keys(self):
        return sorted(super().keys(), reverse=True)
    def __getitem__(self, k):
        return 'item-' + str(super().__getitem__(k))
o = OrderedKeys({'a': 1, 'b': 2})
print(dict(o), {**o}, {}.update(o))
x = {}
x.update(o)
print(x)
class Iterating(dict):
    def __iter__(self):
        return iter(['z'])
    def keys(self):
        return ['z']
    def __getitem__(self, k):
        return 'zz'
print(dict(Iterating({'a': 1})))
class M(dict):
    pass
m = M(a=1)
print(type(m | {}).__name__, type({} | m).__name__, type(m.copy()).__name__)
m |= {'b': 2}
print(type(m).__name__, m)
print(M.fromkeys('ab'), type(M.fromkeys('ab')).__name__)
class R(dict):
    def __repr__(self):
        return 'R()'
print([R()], {1: R()})
class Missing2(dict):
    __missing__ = None
try:
    Missing2()[1]
except TypeError as e:
    print('TypeError', e)
print(M() == {}, {} == M(), M(a=1) == {'a': 1})
