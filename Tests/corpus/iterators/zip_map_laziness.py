def noisy(name, items):
    for x in items:
        print('yield', name, x)
        yield x
z = zip(noisy('a', [1, 2, 3]), noisy('b', [10, 20]))
print('created')
print(next(z))
print(list(z))
m = map(lambda x, y: x * y, noisy('p', [1, 2]), noisy('q', [3, 4, 5]))
print('map created')
print(list(m))
f = filter(lambda x: x > 1, noisy('f', [0, 1, 2, 3]))
print(next(f))
print(list(f))
e = enumerate(noisy('e', 'xy'), 5)
print(next(e))
print(list(e))
def stop_after(n):
    i = 0
    while True:
        if i >= n:
            return
        yield i
        i += 1
print(list(zip(stop_after(2), stop_after(5), stop_after(3))))
print(list(map(pow, [2, 3], [5, 2], [7, 5])))
print(list(zip(*zip([1, 2], 'ab'))))
print(dict(map(lambda kv: (kv[1], kv[0]), enumerate('abc'))))
