s = {1, 2, 3}
print(s.issubset([1, 2, 3, 4]), s.issubset((1, 2)), s.issubset(range(10)), s.issubset(iter([3, 2, 1])), s.issubset('abc'))
print(s.issuperset([1]), s.issuperset(()), s.issuperset([1, 1, 1]), s.issuperset([4]), s.issuperset(x for x in [2, 3]))
print(s.isdisjoint([4, 5]), s.isdisjoint([3]), s.isdisjoint(''), s.isdisjoint(frozenset({0})), s.isdisjoint({0: 1}))
print(set().issubset([]), set().issuperset([]), set().isdisjoint([]), frozenset().issubset(set()))
print(s <= s, s < s, s >= s, s > s, s <= {1, 2, 3, 4}, s < {1, 2, 3, 4}, {1} < s, {4} < s)
print(frozenset(s) == s, s == frozenset(s), s <= frozenset(range(5)), frozenset([1]) < s)
print({(1, 2)}.issubset([(1, 2), (3, 4)]), {frozenset([1])}.issubset([frozenset([1])]))
class Contains:
    def __iter__(self):
        return iter([1, 2, 3])
print(s.issubset(Contains()), s.issuperset(Contains()), s == set(Contains()))
