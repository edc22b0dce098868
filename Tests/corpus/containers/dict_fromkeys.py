print(dict.fromkeys([]), dict.fromkeys('abc'), dict.fromkeys('abc', 0), dict.fromkeys(range(3), []))
d = dict.fromkeys('ab', [])
d['a'].append(1)
print(d)
print(dict.fromkeys({'x': 1, 'y': 2}), dict.fromkeys({3, 1, 2}, 'v'), dict.fromkeys(frozenset([5, 4])))
print(dict.fromkeys(iter([3, 3, 1])), dict.fromkeys((x for x in 'zz')))
print({}.fromkeys([1]), {'q': 9}.fromkeys([2]))
class D(dict):
    def __setitem__(self, k, v):
        print('setitem', k, v)
        super().__setitem__(k, v)
r = D.fromkeys('ab', 1)
print(r, type(r).__name__)
class NotDict:
    def __init__(self):
        self.items = []
    def __setitem__(self, k, v):
        self.items.append((k, v))
class Maker(dict):
    pass
print(type(Maker.fromkeys([1])).__name__)
def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)
check(lambda: dict.fromkeys())
check(lambda: dict.fromkeys(1))
check(lambda: dict.fromkeys([[]]))
check(lambda: dict.fromkeys([1], 2, 3))
check(lambda: dict.fromkeys(x=[1]))
print(dict.fromkeys(range(30)).__sizeof__(), dict.fromkeys(dict.fromkeys(range(30))).__sizeof__(), dict.fromkeys(set(range(30))).__sizeof__())
print(dict.fromkeys(['a', 'b', 1]).__sizeof__(), dict.fromkeys({'a': 0, 'b': 0}).__sizeof__())
