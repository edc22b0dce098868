class MySet(set):
    pass

class MyFrozen(frozenset):
    pass

print(set(), frozenset(), MySet(), MyFrozen())
print(repr({1}), repr(frozenset([1])))
print(MySet([1, 2]), MyFrozen([3]))
print(str({'a'}), str(frozenset({'b'})))
print({frozenset([1, 2]), frozenset()})
print({(1, 2), (3,), ()})
print({True, 1, 1.0}, {0, False, 0.0})

class Loop:
    def __init__(self):
        self.s = set()
    def __hash__(self):
        return 7
    def __repr__(self):
        return 'Loop(' + repr(self.s) + ')'

l = Loop()
l.s.add(l)
print(l.s)
print(repr(MySet([None])))
