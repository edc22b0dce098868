import inspect
def f1(a, b, /, c, *args, d, e=5, **kw): pass
def f2(a, b=2, *, c): pass
def f3(x, *args): pass
def f4(p, /, **kw): pass
cases = [
 (f1, (1, 2, 3), {'d': 4}), (f1, (1, 2, 3, 4, 5), {'d': 1, 'z': 2}), (f1, (1,), {}), (f1, (1, 2), {'c': 3}),
 (f1, (1, 2), {'d': 1}), (f1, (1, 2, 3), {'c': 9, 'd': 1}), (f1, (1, 2, 3), {'a': 1, 'd': 2}),
 (f2, (1, 2, 3), {}), (f2, (1,), {}), (f2, (), {'a': 1, 'c': 2}), (f2, (1,), {'c': 1, 'q': 2}), (f2, (1, 2, 3), {'a': 1}),
 (f3, (), {}), (f3, (1, 2, 3), {}), (f3, (1,), {'x': 2}),
 (f4, (1,), {'p': 2}), (f4, (), {'p': 2}),
]
for fn, a, k in cases:
    sig = inspect.signature(fn)
    for meth in (sig.bind, sig.bind_partial):
        try:
            ba = meth(*a, **dict(k))
            print(fn.__name__, a, k, ba, ba.args, ba.kwargs)
        except TypeError as e:
            print(fn.__name__, a, k, 'TypeError', e)
