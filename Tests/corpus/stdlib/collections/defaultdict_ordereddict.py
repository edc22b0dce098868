from collections import defaultdict, OrderedDict
d = defaultdict(list)
d['a'].append(1); d['b'].append(2); d['a'].append(3)
print(d, d['zz'], dict(d), d.default_factory, len(d))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1), defaultdict(lambda: 'x').default_factory() )
c = d.copy(); print(c, type(c), c.default_factory is list)
n = defaultdict(None)
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(1)
except TypeError as e:
    print(e)
print(d | {'c': 9}, type(d | {}), {'x': 1} | defaultdict(int, y=2), defaultdict(int).__reduce__()[:2])
r = defaultdict(list); r['self'] = r; print(r)
print(isinstance(d, dict), defaultdict.__module__, d.__missing__('q'), d['q'])
print(defaultdict.__doc__.splitlines()[0])

od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end('b'); print(od)
od.move_to_end('b', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update([('x', 1), ('y', 2)]); print(od, od.setdefault('z', 0), od.setdefault('x', 5), od.pop('y'), od.pop('nope', 'default'))
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys('ab', 0), OrderedDict(), OrderedDict(a=1), OrderedDict([(1, 2)]))
a = OrderedDict([(1, 1), (2, 2)]); b = OrderedDict([(2, 2), (1, 1)])
print(a == b, a == dict(b), dict(b) == a, a != b, list(reversed(a)), list(reversed(a.items())), list(reversed(a.values())))
print(a | {3: 3}, type(a | {}), a.copy(), type(a.copy()), OrderedDict(a) is not a)
for e in ['OrderedDict().popitem()', 'OrderedDict().move_to_end(1)', 'OrderedDict().pop(1)', 'OrderedDict(1, 2)', 'hash(OrderedDict())']:
    try:
        print(e, eval(e))
    except Exception as exc:
        print(e, '!!', type(exc).__name__, exc)
od = OrderedDict(a=1, b=2)
it = iter(od)
next(it)
od['c'] = 3
try:
    next(it)
except RuntimeError as e:
    print(e)
s = OrderedDict(); s['s'] = s; print(s)
print(isinstance(od, dict), OrderedDict.__module__, list(od.keys() & {'a'}), od.__reduce__()[0])
