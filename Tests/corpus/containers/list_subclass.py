class L(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = 'x'
    def append(self, v):
        print('append', v)
        super().append(v)

l = L([3, 1, 2])
print(l, type(l).__name__, l.tag, isinstance(l, list))
l.append(9)
l.extend([4])
print(l, len(l), l[0], l[-1], l[1:3], type(l[1:3]).__name__)
print(type(l + [1]).__name__, type(l * 2).__name__, type(l.copy()).__name__)
l += [7]
print(type(l).__name__, l)
l.sort()
print(l)
print(l == [1, 2, 3, 4, 7, 9], [1, 2, 3, 4, 7, 9] == l)
class Neg(list):
    def __getitem__(self, i):
        return 'neg' + str(i)
    def __len__(self):
        return 3
n = Neg([1, 2])
print(n[0], len(n), list(n), list(reversed(n)))
class Cmp(list):
    def __eq__(self, other):
        return 'custom'
print(Cmp() == [], [] == Cmp())
class R(list):
    def __repr__(self):
        return 'R!'
print(R([1]), [R()])
print(L.__mro__)
x = L()
x.__init__([5])
print(x)
x.__init__()
print(x)
