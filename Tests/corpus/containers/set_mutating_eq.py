# A key whose __eq__ mutates the set: lookups restart and never crash.
class Evil:
    def __init__(self, s, n):
        self.s = s
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, other):
        if self.s:
            self.s.clear()
        return self.n == getattr(other, 'n', None)

s = set()
a = Evil(None, 1)
s.add(a)
s.add(Evil(None, 2))
print(len(s))
b = Evil(s, 1)
print(b in s)
print(len(s))
s.add(a)
s.add(Evil(s, 3))
print(len(s))

class Raises:
    def __hash__(self):
        return 5
    def __eq__(self, other):
        raise ValueError('no eq')
t = {Raises()}
try:
    Raises() in t
except ValueError as e:
    print('ValueError', e)
x = Raises()
try:
    t.add(x)
except ValueError as e:
    print('ValueError on add', e)
print(len(t))

class BadHash:
    def __hash__(self):
        raise TypeError('bad hash')
try:
    {BadHash()}
except TypeError as e:
    print('TypeError', e)
class StrHash:
    def __hash__(self):
        return 'x'
try:
    {StrHash()}
except TypeError as e:
    print('TypeError', e)
class BigHash:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __repr__(self):
        return 'B%d' % 0 if False else 'B'
print(len({BigHash(2**100), BigHash(-1), BigHash(2**64)}))
print(hash(BigHash(-1)), hash(BigHash(2**64)))
