a, b = [1, 2]
c, d = (3, 4)
e, f = 'xy'
g, h = {10: 'a', 20: 'b'}
i, j = range(2)
k, l = {5}, {6}
print(a, b, c, d, e, f, g, h, i, j, k, l)
first, *rest = range(5)
*init, last = 'hello'
x, *mid, y = [1, 2, 3, 4, 5]
p, *q = [1]
print(first, rest, init, last, x, mid, y, p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
for key, value in {'k1': 'v1', 'k2': 'v2'}.items():
    print(key, value)
for idx, (u, v) in enumerate(zip('ab', 'cd')):
    print(idx, u, v)
def check(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
def too_many():
    a, b = [1, 2, 3]
def too_few():
    a, b, c = (1, 2)
def not_iter():
    a, b = 5
def star_few():
    a, b, *c = [1]
check(too_many)
check(too_few)
check(not_iter)
check(star_few)
print([*range(3), *reversed('ab'), *zip('x', 'y'), *enumerate('q')])
print({**dict.fromkeys('ab'), 'c': 1}, (*{1, 2},), {*'aab'})
