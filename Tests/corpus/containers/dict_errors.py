def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print('ok', r)

d = {'a': 1}
check(lambda: d['missing'])
check(lambda: d[(1, 2)])
check(lambda: d[[1]])
check(lambda: d.get())
check(lambda: d.get(1, 2, 3))
check(lambda: d.get(key=1))
check(lambda: d.get([]))
check(lambda: d.setdefault())
check(lambda: d.setdefault([], 1))
check(lambda: d.pop())
check(lambda: d.pop('zz'))
check(lambda: d.pop([]))
check(lambda: {}.pop([], 'dflt'))
check(lambda: {}.pop([]))
check(lambda: {}.popitem())
check(lambda: d.popitem(1))
check(lambda: d.keys(1))
check(lambda: d.values(1))
check(lambda: d.items(1))
check(lambda: d.clear(1))
check(lambda: d.copy(1))
check(lambda: d.update(1))
check(lambda: d.update([1]))
check(lambda: d.update([(1, 2, 3)]))
check(lambda: d.update(['abc']))
check(lambda: d.update({}, {}))
check(lambda: dict(1))
check(lambda: dict([1]))
check(lambda: dict([[1, 2], [3]]))
check(lambda: dict({}, {}))
check(lambda: dict.fromkeys())
check(lambda: dict.fromkeys(1))
check(lambda: dict.fromkeys([[]]))
check(lambda: d.__contains__())
check(lambda: [] in d)
check(lambda: hash(d))
check(lambda: d < d)
check(lambda: d | [])
check(lambda: [] | d)
check(lambda: d.__or__([]))
def ior():
    x = {}
    x |= 5
check(ior)
def ior2():
    x = {}
    x |= [(1, 2, 3)]
check(ior2)
def delmissing():
    x = {}
    del x['nope']
check(delmissing)
def setunhash():
    x = {}
    x[{}] = 1
check(setunhash)
check(lambda: {[]: 1})
check(lambda: {**{1: 2}, **[1]})
check(lambda: dict(**{'a': 1}, a=2))
class NoKeys:
    def __getitem__(self, k):
        return k
check(lambda: dict(NoKeys()))
class WithKeys:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
print(dict(WithKeys()), {**WithKeys()})
class BadKeys:
    def keys(self):
        return 5
check(lambda: dict(BadKeys()))
class KeysRaise:
    def keys(self):
        raise ValueError('keys failed')
check(lambda: dict(KeysRaise()))
