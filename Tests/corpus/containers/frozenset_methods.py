f = frozenset([1, 2, 3])
print(f, len(f), 2 in f, f.copy() is f, frozenset(f) is f, type(f.copy()).__name__)
print(f.union([4]), f.intersection([2, 9]), f.difference({1}), f.symmetric_difference([3, 4]))
print(f.issubset(range(5)), f.issuperset([1]), f.isdisjoint([7]))
print(f | {9}, f & {1, 2}, f - {3}, f ^ {3, 7})
print(type(f | {9}).__name__, type({9} | f).__name__, type(f & set()).__name__, type(set() ^ f).__name__)
print(f == {1, 2, 3}, f != frozenset([1]), f <= {1, 2, 3, 4}, f < f, f >= frozenset())
print(hash(f) == hash(frozenset([3, 2, 1])), {f: 'v'}[frozenset([1, 2, 3])])
print(frozenset(), frozenset(''), frozenset('abca') == frozenset('abc'), frozenset(range(3)))
for name in ['add', 'remove', 'discard', 'pop', 'clear', 'update', 'intersection_update', 'difference_update', 'symmetric_difference_update']:
    print(name, hasattr(f, name))
try:
    f |= 5
except TypeError as e:
    print('TypeError', e)
g = f
g |= {10}
print(g, f, g is f)
print(frozenset.__class_getitem__(int), frozenset[str])
print(f.__reduce__(), f.__sizeof__())
class FS(frozenset):
    pass
x = FS([1])
print(x, type(x.copy()).__name__, x.copy() is x, type(x | f).__name__, repr(FS()))
