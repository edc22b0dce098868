print(list(enumerate('abc')))
print(list(enumerate('abc', 1)))
print(list(enumerate('abc', -2)))
print(list(enumerate([], 5)))
print(list(enumerate(range(3), start=10)))
print(list(enumerate(iterable='xy', start=3)))
print(list(enumerate('ab', 2**63 - 1)))
print(list(enumerate('abc', 2**64)))
print(list(enumerate('ab', True)))
class I:
    def __index__(self):
        return 7
print(list(enumerate('ab', I())))
e = enumerate([10, 20, 30])
print(iter(e) is e, next(e), next(e))
print(list(e))
try:
    next(e)
except StopIteration:
    print('StopIteration')
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
d = dict(enumerate('xyz'))
print(d)
class E(enumerate):
    pass
print(list(E('ab', 1)), type(E('a')).__name__)
print(enumerate[int], type(enumerate).__name__)
def gen():
    yield 1
    yield 2
print(list(enumerate(gen())))
