# String sets (PYTHONHASHSEED=0 for both implementations).
print(set('abcdefgh'))
print(set(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig']))
print({'x', 'y', 'z'})
print({'alpha', 'beta', 'gamma', 'delta'})
words = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'the', 'lazy', 'dog']
print(set(words))
s = set()
for w in words:
    s.add(w)
print(s)
print(frozenset(words))
print({w + '!' for w in words})
print(set('mississippi'))
print({'', 'a', 'ab', 'abc'})
print({(1, 'a'), (2, 'b'), (3, 'c')})
print({1.5, 2.5, 0.25, -3.75})
