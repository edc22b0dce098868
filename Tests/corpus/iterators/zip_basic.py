print(list(zip([1, 2, 3], 'abc')))
print(list(zip([1, 2, 3], 'ab')))
print(list(zip()))
print(list(zip([1, 2])))
print(list(zip(range(3), range(10), 'xyz')))
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(zip(strict=True)))
print(dict(zip('abc', range(3))))
def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)
check(lambda: list(zip([1, 2], [1], strict=True)))
check(lambda: list(zip([1], [1, 2], strict=True)))
check(lambda: list(zip([1], [1], [1, 2], strict=True)))
check(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
check(lambda: list(zip([], [1], [2], strict=True)))
check(lambda: list(zip([1], [], [2], strict=True)))
check(lambda: zip(1))
check(lambda: zip([1], 2))
check(lambda: zip(x=1))
it = iter([1, 2, 3, 4])
z = zip(it, it)
print(list(z))
a = iter([1, 2, 3])
b = iter([10])
z = zip(a, b)
print(list(z), list(a))
x, y = zip(*[(1, 'a'), (2, 'b')])
print(x, y)
z = zip([1], [2])
print(iter(z) is z, next(z))
check(lambda: next(z))
class Z(zip):
    pass
print(list(Z('ab', 'cd')))
def gen(n):
    for i in range(n):
        print('gen', n, i)
        yield i
print(list(zip(gen(2), gen(3))))
check(lambda: list(zip(gen(3), gen(2), strict=True)))
