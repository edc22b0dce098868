class Seq:
    def __init__(self, n):
        self.n = n
        self.calls = []
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        self.calls.append(i)
        return chr(97 + i)
s = Seq(3)
print(list(reversed(s)), s.calls)
s = Seq(0)
print(list(reversed(s)))
class NegLen:
    def __len__(self):
        return -1
    def __getitem__(self, i):
        return i
try:
    reversed(NegLen())
except ValueError as e:
    print('ValueError', e)
class NoLen:
    def __getitem__(self, i):
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print('TypeError', e)
class RevWrong:
    def __reversed__(self):
        return 42
print(reversed(RevWrong()))
class Dict(dict):
    pass
print(list(reversed(Dict(a=1, b=2))))
print(list(reversed({}.keys())), list(reversed({1: 2}.values())))
r = reversed(range(3))
print(type(r).__name__, list(r))
r = reversed('')
print(list(r), r.__length_hint__())
print(list(reversed([[1], [2]])), list(reversed(tuple('ab'))))
import_reversed = reversed
print(import_reversed is reversed, type(reversed).__name__)
