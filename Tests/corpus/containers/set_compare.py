a = {1, 2}
b = {1, 2, 3}
f = frozenset({1, 2})
print(a == f, f == a, a != f, a == b, a != b)
print(a < b, a <= b, b > a, b >= a, a > b, a >= b)
print(a < a, a <= a, a > a, a >= a)
print(f < b, b > f, f <= a, a >= f)
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} <= {1, 3})
print(set() < {1}, set() == frozenset(), set() <= set())
print(a == [1, 2], a != (1, 2), a == {1: 0, 2: 0})
print({1, 2.0} == {1.0, 2}, {True} == {1})
print(frozenset([1]) in {frozenset([1]): 'x'})
print({1, 2} in {frozenset([1, 2])}, {1, 2} in [frozenset([1, 2])])
print(frozenset([1, 2]) in {1: 2})
s = {frozenset({1}), frozenset({2})}
s.remove({1})
print(s)
s.discard({2})
print(s)
print(a.__eq__([1, 2]), a.__lt__(3), a.__le__(b))
class Eq:
    def __eq__(self, other):
        return True
    __hash__ = None
print(a == Eq(), Eq() == a)
