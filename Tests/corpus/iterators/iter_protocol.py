def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)
for obj in [[1, 2], (1, 2), 'ab', range(2), {1: 2}, {3}, frozenset([4]), {1: 2}.keys(), {1: 2}.values(), {1: 2}.items()]:
    it = iter(obj)
    print(type(it).__name__, iter(it) is it, list(it))
print(type(iter(range(2**70))).__name__)
it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__())
it = iter((1, 2))
print(it.__length_hint__(), list(it), it.__length_hint__())
it = iter(range(10))
next(it)
print(it.__length_hint__())
class Old:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
print(list(Old()), 20 in Old(), 25 in Old())
class Stop:
    def __getitem__(self, i):
        if i > 1:
            raise StopIteration
        return i
print(list(Stop()))
check(lambda: iter(5))
check(lambda: next([]))
class BadIter:
    def __iter__(self):
        return 5
check(lambda: iter(BadIter()))
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Counter()), list(zip(Counter(), 'ab')), list(enumerate(Counter())))
a, b, *c = range(5)
print(a, b, c)
print([*range(3), *'ab', *{'k': 1}])
print({*range(3), *[5]})
