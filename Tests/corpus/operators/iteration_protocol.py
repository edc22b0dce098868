# __iter__/__next__, the __getitem__ fallback, and their errors.
class Counter:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(3)), sum(Counter(4)), [x * 2 for x in Counter(2)], tuple(Counter(1)))
c = Counter(2)
print(next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration:
    print("StopIteration")
# __getitem__-based iteration stops at IndexError or StopIteration.
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq(), list(iter(Seq())))
class SeqStop:
    def __getitem__(self, i):
        if i >= 2:
            raise StopIteration
        return i
print(list(SeqStop()))
class SeqKey:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(SeqKey())
except KeyError as e:
    print("KeyError:", e)
print(type(iter(Seq())).__name__)
# __iter__ returning a non-iterator.
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in BadIter(): pass
except TypeError as e:
    print("TypeError:", e)
class ListIter:
    def __iter__(self): return [1, 2]
try:
    list(ListIter())
except TypeError as e:
    print("TypeError:", e)
# Not iterable at all.
class Nothing: pass
for f in (iter, list, tuple, sorted, set):
    try:
        f(Nothing())
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
try:
    for x in Nothing(): pass
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = Nothing()
except TypeError as e:
    print("TypeError:", e)
# next() on a non-iterator.
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    next(Seq())
except TypeError as e:
    print("TypeError:", e)
# __next__ only (not iterable).
class OnlyNext:
    def __next__(self): return 1
try:
    iter(OnlyNext())
except TypeError as e:
    print("TypeError:", e)
print(next(OnlyNext()))
# __iter__ = None.
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
# Unpacking uses the iterator protocol.
a, b, c = Counter(3)
print(a, b, c)
try:
    a, b = Counter(3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d = Counter(3)
except ValueError as e:
    print("ValueError:", e)
first, *rest = Counter(4)
print(first, rest)
# An iterator that raises inside __next__.
class Boom:
    def __iter__(self): return self
    def __next__(self): raise RuntimeError("boom")
try:
    list(Boom())
except RuntimeError as e:
    print("RuntimeError:", e)
# Generators are iterators.
def gen():
    yield 1
    yield 2
g = gen()
print(iter(g) is g, list(g), list(g))
