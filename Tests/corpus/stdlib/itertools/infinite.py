import itertools as it
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(count(2**63 - 2), 4)), list(islice(count(0, -2), 3)), list(islice(count(1j, 1j), 2)))
c = count(5)
next(c); next(c)
print(repr(c), repr(count()), repr(count(5, 2)), repr(count(1.5)), repr(count(1, 1.0)), repr(count(2**70)), repr(count(0, True)))
print(c.__reduce__(), count(1, 2).__reduce__())
print(list(islice(cycle('abc'), 7)), list(cycle([])), list(islice(cycle(iter([1, 2])), 5)))
r = repeat('x', 3)
print(repr(r), next(r), repr(r), list(r), repr(r), r.__length_hint__())
print(repr(repeat(1)), repr(repeat(1, -5)), list(repeat(1, -1)), list(repeat(None, 2)), repeat('a', 2).__reduce__())
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print(e)
print(list(map(pow, range(5), repeat(2))))
class MyCount(count):
    pass
print(repr(MyCount(3)), list(islice(MyCount(3, 3), 3)), type(MyCount()).__mro__)
for e in ['count("a")', 'count(1, "b")', 'count(1, 2, 3)', 'count(start=1, step=2)', 'count(x=1)',
          'repeat()', 'repeat(1, "x")', 'repeat(1, 2, 3)', 'repeat(1, times=2)',
          'cycle()', 'cycle(1)', 'cycle([1], x=1)', 'cycle([1], [2])']:
    try:
        print(e, '->', repr(eval(e)))
    except TypeError as exc:
        print(e, '!!', exc)
print(type(count()).__name__, count.__module__, repr(count), repr(cycle), repr(repeat))
