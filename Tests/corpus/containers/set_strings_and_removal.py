s = set('the quick brown fox')
print(s)
s -= set('aeiou ')
print(s)
s.update(['alpha', 'beta'])
print(s)
for w in ['alpha', 'x', 'q', 'zz']:
    s.discard(w)
print(s)
t = {'k' + str(i) for i in range(30)}
print(t)
for i in range(0, 30, 2):
    t.remove('k' + str(i))
print(t)
t.add('new')
print(t)
words = ['apple', 'pie', 'apple', 'tart', 'pie', 'crumble']
print(set(words), frozenset(words), {w[0] for w in words})
