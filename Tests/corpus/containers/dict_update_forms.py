d = {'a': 1}
d.update({'b': 2})
d.update([('c', 3)])
d.update((('d', 4),))
d.update(e=5)
d.update({'f': 6}, g=7)
d.update(zip(['h'], [8]))
d.update(iter([['i', 9]]))
d.update(['jk'])
print(d)
class Mapping:
    def keys(self):
        return ['m1', 'm2']
    def __getitem__(self, k):
        return k + '!'
d.update(Mapping())
print(d)
d2 = {}
d2.update(d.items())
print(d2 == d)
d3 = {1: 'x'}
d3.update({1: 'y', 2: 'z'})
print(d3)
d4 = {}
d4.update({})
d4.update([])
d4.update()
print(d4)
d5 = {'k': 0}
d5.update(d5)
print(d5)
e = {}
e |= {'a': 1}
e |= [('b', 2)]
e |= Mapping()
print(e)
print({'a': 1} | {'a': 2}, {'a': 1, 'b': 2} | {'a': 3})
x = {'keep': 1}
y = x
x |= {'more': 2}
print(y is x, y)
print(dict({1: 2}, **{'a': 3}), dict([(1, 2)], b=4), dict(Mapping(), c=5))
print({**{'a': 1}, **{'a': 2, 'b': 3}}, {**Mapping()}, {'z': 0, **{}})
