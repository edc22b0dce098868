d = {'a': [1], 'b': 2}
c = d.copy()
c['a'].append(9)
c['b'] = 20
print(d, c, c is d, c == d)
big = dict.fromkeys(range(30))
for i in range(25):
    del big[i]
small = big.copy()
print(small, small.__sizeof__(), big.__sizeof__())
e = {}
print(e.copy(), e.copy() is e, e.copy().__sizeof__())
class Sub(dict):
    pass
s = Sub(x=1)
cs = s.copy()
print(type(cs).__name__, cs, dict(s), type(dict(s)).__name__)
import_copy = d.copy
print(import_copy() == d)
u = {'k': 1}
u2 = dict(u)
u2['k'] = 2
print(u, u2)
nested = {'n': {'m': 1}}
shallow = nested.copy()
shallow['n']['m'] = 2
print(nested)
z = dict.fromkeys('abcdefghij')
z2 = z.copy()
del z2['a']
z2['a'] = 1
print(list(z), list(z2), z.__sizeof__(), z2.__sizeof__())
