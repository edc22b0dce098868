print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(lambda *a: a, 'ab', 'cd', 'ef')))
print(list(map(len, [])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0], 0.0, 2])))
print(list(filter(bool, [0, 1, 2])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(len, ['', 'a', 'bb'])))
def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)
check(lambda: map())
check(lambda: map(len))
check(lambda: map(len, 1))
check(lambda: map(len, [1], x=1))
check(lambda: list(map(len, [1])))
check(lambda: list(map(None, [1])))
check(lambda: filter())
check(lambda: filter(None))
check(lambda: filter(None, 1))
check(lambda: filter(None, [], x=1))
check(lambda: filter(None, [], 3))
check(lambda: list(filter(lambda x: 1 / x, [1, 0])))
m = map(abs, [-1, -2])
print(iter(m) is m, next(m), list(m), list(m))
f = filter(None, [1, 0, 2])
print(iter(f) is f, next(f), list(f))
class M(map):
    pass
print(list(M(abs, [-3])))
class F(filter):
    pass
print(list(F(None, [0, 4])))
calls = []
def tap(x):
    calls.append(x)
    return x > 1
r = filter(tap, [1, 2, 3])
print(calls)
print(next(r), calls)
print(list(map(lambda t: t[0] * t[1], zip([1, 2], [3, 4]))))
class NotTrue:
    def __bool__(self):
        raise ValueError('no bool')
check(lambda: list(filter(None, [NotTrue()])))
