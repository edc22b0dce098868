print(hash(frozenset()))
print(hash(frozenset([1, 2, 3])))
print(hash(frozenset(range(100))))
print(hash(frozenset([frozenset(), frozenset([1])])))
print(hash(frozenset(['a', 'b', 'c'])))
print(hash(frozenset([(1, 2), (3, 4)])))
print(hash(frozenset([-1, -2])))
print(hash(frozenset([2**61 - 1, 2**61, 2**62])))
print(hash(frozenset([1.5, 2.25])))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
s = set(range(50))
for i in range(0, 50, 2):
    s.discard(i)
print(hash(frozenset(s)) == hash(frozenset(range(1, 50, 2))))
d = {frozenset([1]): 'one', frozenset([1, 2]): 'two'}
print(d[frozenset([1])], d[frozenset([2, 1])])
print({frozenset([1, 2]), frozenset([2, 1])})
class F(frozenset):
    pass
print(hash(F([1, 2, 3])) == hash(frozenset([1, 2, 3])), F([1]) == frozenset([1]))
