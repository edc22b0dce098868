# timeout: 60
l = []
for i in range(100000):
    l = [l]
del l
print('list freed')
t = ()
for i in range(100000):
    t = (t,)
del t
print('tuple freed')
d = {}
for i in range(100000):
    d = {1: d}
del d
print('dict freed')
s = frozenset()
for i in range(100000):
    s = frozenset([s])
del s
print('frozenset freed')
class Holder:
    pass
l = []
for i in range(1000):
    l = [l, {i: (l,)}]
del l
print('mixed freed')
a = []
b = [a]
a.append(b)
del a, b
print('cycle dropped')
