class S(set):
    def __init__(self, items=(), tag=None):
        super().__init__(items)
        self.tag = tag

class F(frozenset):
    def __new__(cls, items=(), extra=0):
        self = super().__new__(cls, items)
        self.extra = extra
        return self

s = S([1, 2], tag='t')
print(s, s.tag, type(s).__name__, isinstance(s, set))
print(type(s | {3}).__name__, type(s & {1}).__name__, type(s - {1}).__name__, type(s ^ {1}).__name__)
print(type(s.copy()).__name__, type(s.union()).__name__, type(s.intersection()).__name__)
s |= {9}
print(type(s).__name__, s)
f = F([3, 4], extra=5)
print(f, f.extra, type(f.copy()).__name__, type(f | {1}).__name__)
print(type(frozenset.copy(f)).__name__, f.copy() == f)
x = frozenset([1, 2])
print(x.copy() is x, frozenset(x) is x, set(x) is x)
class Counting(set):
    def add(self, v):
        print('add', v)
        super().add(v)
c = Counting()
c.add(1)
c.update([2])
print(c)
class WithLen(set):
    def __len__(self):
        return 42
w = WithLen([1])
print(len(w), w)
class R(set):
    def __repr__(self):
        return 'R!'
print(R(), [R([1])])
print(S.__name__, S.__mro__)
s2 = S()
s2.__init__([5, 6])
print(s2)
s2.__init__()
print(s2)
