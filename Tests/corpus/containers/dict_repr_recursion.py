d = {}
d['self'] = d
print(d)
l = [d]
d['list'] = l
print(d, l)
a = {}
b = {'a': a}
a['b'] = b
print(a, b)
class Mut:
    def __init__(self, d):
        self.d = d
    def __repr__(self):
        self.d.clear()
        return 'Mut'
m = {}
m[1] = Mut(m)
m[2] = 'two'
print(repr(m), m)
class Eq:
    def __init__(self, n, d):
        self.n = n
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        if self.d is not None:
            self.d.clear()
        return isinstance(other, Eq) and self.n == other.n
    def __repr__(self):
        return 'Eq' + str(self.n)
x = {}
x[Eq(1, None)] = 'one'
x[Eq(2, None)] = 'two'
print(Eq(2, x) in x, x)
y = {Eq(1, None): 1}
print(y.get(Eq(1, None)), y.get(Eq(3, None)))
class RaiseEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError('eq failed')
z = {RaiseEq(): 1}
try:
    z[RaiseEq()]
except ValueError as e:
    print('ValueError', e)
try:
    z[RaiseEq()] = 2
except ValueError as e:
    print('ValueError', e)
print(len(z))
