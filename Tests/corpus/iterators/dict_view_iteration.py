d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
it = iter(k)
print(next(it))
d['a'] = 100
print(list(it))
v = d.values()
print(list(v))
d['d'] = 4
print(list(k), list(v), list(d.items()))
for key, val in d.items():
    print(key, val)
print([kv for kv in reversed(d.items())])
ki = iter(d.keys())
vi = iter(d.values())
ii = iter(d.items())
print(type(ki).__name__, type(vi).__name__, type(ii).__name__)
d.pop('b')
for it in [ki, vi, ii]:
    try:
        next(it)
    except RuntimeError as e:
        print('RuntimeError', e)
x = {1: 1}
items = iter(x.items())
first = next(items)
print(first, type(first).__name__)
print(list(zip(d, d.values())), dict(zip(d.values(), d)))
print(sorted(d.items(), key=lambda kv: -kv[1]))
