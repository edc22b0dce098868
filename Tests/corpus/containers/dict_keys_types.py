d = {}
d[1] = 'int'
d[1.0] = 'float replaces int value'
d[True] = 'bool replaces again'
d['1'] = 'str'
d[(1,)] = 'tuple'
d[frozenset([1])] = 'frozenset'
d[None] = 'none'
d[b'1'] = 'bytes'
d[2**100] = 'bigint'
d[-0.0] = 'negative zero'
print(d)
print(d[1], d[1.0], d[True], d[0.0], d[0], d[2**100], d[(1,)], d[frozenset({1})])
print(len(d), list(d))
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
    def __repr__(self):
        return 'K(' + repr(self.v) + ')'
e = {K(1): 'a', K('x'): 'b'}
print(e[K(1)], e[K('x')], K(2) in e, e)
e[K(1)] = 'replaced'
print(e)
class S(str):
    pass
f = {'abc': 1}
print(f[S('abc')], S('abc') in f)
f[S('abc')] = 2
print(f, type(list(f)[0]).__name__)
g = {S('x'): 1}
g['x'] = 2
print(g, type(list(g)[0]).__name__)
