print(list(reversed([1, 2, 3])), list(reversed((1, 2, 3))), list(reversed('abc')), list(reversed(range(5))))
print(list(reversed(range(0, 20, 3))), list(reversed(range(10, 0, -4))), list(reversed([])))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())), list(reversed({'a': 1, 'b': 2}.values())))
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)
check(lambda: reversed(NoRev()))
check(lambda: reversed(1))
check(lambda: reversed({1, 2}))
check(lambda: reversed(iter([1])))
check(lambda: reversed())
check(lambda: reversed([], []))
check(lambda: reversed(seq=[]))
r = reversed((1, 2, 3))
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
class Short:
    def __init__(self):
        self.n = 5
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i == 2:
            raise IndexError
        return i
s = Short()
r = reversed(s)
print(next(r), next(r))
check(lambda: next(r))
check(lambda: next(r))
print(r.__length_hint__())
s = Short()
r = reversed(s)
s.n = 1
print(r.__length_hint__())
print(type(reversed([])).__name__, type(reversed(range(3))).__name__, type(reversed('a')).__name__)
class Sub(reversed):
    pass
print(list(Sub([1, 2])), list(Sub('ab')))
