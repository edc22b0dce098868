objs = {
    'list': iter([1, 2, 3]),
    'tuple': iter((1, 2)),
    'range': iter(range(5)),
    'bigrange': iter(range(2**70, 2**70 + 3)),
    'set': iter({1, 2}),
    'dict': iter({1: 2}),
    'values': iter({1: 2}.values()),
    'items': iter({1: 2}.items()),
    'rev_list': reversed([1, 2]),
    'rev_tuple': reversed((1, 2, 3)),
    'rev_range': reversed(range(4)),
    'rev_dict': reversed({1: 1, 2: 2}),
}
for name, it in objs.items():
    before = it.__length_hint__()
    next(it)
    after = it.__length_hint__()
    print(name, before, after)
print(list(range(3)).__len__(), hasattr(zip([]), '__length_hint__'), hasattr(map(str, []), '__length_hint__'))
print(hasattr(enumerate([]), '__length_hint__'), hasattr(filter(None, []), '__length_hint__'))
l = [1, 2, 3]
it = iter(l)
l.clear()
print(it.__length_hint__())
try:
    iter([]).__length_hint__(1)
except TypeError as e:
    print('TypeError', e)
