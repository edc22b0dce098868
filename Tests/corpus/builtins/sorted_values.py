def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

check(sorted, [3, 1, 2])
check(sorted, (3, 1, 2), reverse=True)
check(sorted, 'hello')
check(sorted, {3: 'a', 1: 'b'})
check(sorted, [])
check(sorted, ['bb', 'a', 'ccc'], key=len)
check(sorted, ['bb', 'a', 'ccc'], key=len, reverse=True)
check(sorted, [(1, 'b'), (1, 'a'), (0, 'z')])
data = [('a', 2), ('b', 1), ('c', 2), ('d', 1)]
check(sorted, data, key=lambda p: p[1])
check(sorted, data, key=lambda p: p[1], reverse=True)
l = [3, 2, 1]
s = sorted(l)
print(l, s, l is s)
check(sorted, range(5, 0, -1))
check(sorted, [1.5, 1, True, 0])
