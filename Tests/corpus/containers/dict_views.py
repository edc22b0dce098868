d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i, ('a',) in i)
d['d'] = 4
print(k, v, i)
del d['a']
print(list(k), list(v), list(i))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k.mapping, type(k.mapping).__name__, v.mapping['b'], i.mapping == d if False else 'skip')
print(k == {'b', 'c', 'd'}, k == ['b', 'c', 'd'], k != {'b'}, i == {('b', 2), ('c', 3), ('d', 4)})
print(k < {'b', 'c', 'd', 'e'}, k <= {'b', 'c', 'd'}, k > {'b'}, k >= {'b', 'c', 'd', 'e'})
print({'b', 'c', 'd'} == k, frozenset('bcd') == k, k == d.keys(), v == d.values(), v == v)
print(i < {('b', 2), ('c', 3), ('d', 4), 'x'}, i > set())
e = {}
print(e.keys(), e.values(), e.items(), list(reversed(e)))
it = iter(d.items())
print(it.__length_hint__(), next(it), it.__length_hint__())
nested = {'x': {'y': [1, 2]}}
print(nested.items(), nested.values())
class Key:
    def __repr__(self):
        return 'Key!'
    def __hash__(self):
        return 3
print({Key(): Key()}.items())
try:
    hash(k)
except TypeError as e:
    print('TypeError', e)
try:
    hash(i)
except TypeError as e:
    print('TypeError', e)
print(type(hash(v)).__name__)
r = {}
r[1] = r.keys()
print(r)
r = {}
r[1] = r.values()
print(r)
r = {}
r[1] = r.items()
print(r)
