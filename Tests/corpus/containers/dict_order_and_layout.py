d = {}
for i in range(10):
    d[i] = i
for i in range(0, 10, 2):
    del d[i]
d[0] = 'again'
print(d, list(d.items()))
d = dict.fromkeys('abcdef')
d.pop('c')
d['c'] = 1
print(list(d))
d = {'z': 1, 'a': 2, 'm': 3}
print(list(d), list(d.values()))
d = {}
d.update(zip(range(5, 0, -1), 'abcde'))
print(d)
d = {1: 'a', 2: 'b', 3: 'c'}
print(d.popitem(), d.popitem(), d)
d[4] = 'd'
print(d)
d = {i: i for i in range(100)}
for i in range(99):
    del d[i]
print(d, len(d))
d[1000] = 0
print(d)
big = {}
for i in range(1000):
    big[str(i)] = i
print(len(big), list(big)[:5], list(big)[-3:])
big2 = big.copy()
print(big2 == big, list(big2)[-1])
s = {}
for w in ['b', 'a', 'c', 'a', 'b']:
    s[w] = s.get(w, 0) + 1
print(s)
