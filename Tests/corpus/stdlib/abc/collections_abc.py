import collections.abc as cabc
from collections.abc import *
import sys
for name in cabc.__all__:
    C = getattr(cabc, name)
    print(name, [t.__name__ for t in (int, str, list, tuple, dict, set, frozenset, bytes, bytearray, range,
                                        type(iter([])), type({}.keys()), type({}.items()), type({}.values()),
                                        type((x for x in ())), memoryview, type(len), type(lambda: 0), type(iter(b'')))
                   if issubclass(t, C)], sorted(C.__abstractmethods__))
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1, 'b': 2})
print(type(m.keys()).__name__, list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, 'a' in m, m.get('z', 5), m.get('a'))
print(m.keys() & {'a'}, sorted(m.keys() | {'c'}), m.keys() - {'a'}, ('a', 1) in m.items(), 2 in m.values(), len(m.keys()))
match m:
    case {'a': v}:
        print('mapping pattern', v)
class MySeq(Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
s = MySeq()
print(list(s), list(reversed(s)), s.index(20), s.count(10), 20 in s, s.index(10, 1))
try:
    s.index(99)
except ValueError as e:
    print('ValueError', e)
match s:
    case [a, b, c]:
        print('sequence pattern', a, b, c)
class MySet(MutableSet):
    def __init__(self, it=()): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def add(self, x):
        if x not in self.s: self.s.append(x)
    def discard(self, x):
        if x in self.s: self.s.remove(x)
a = MySet([1, 2, 3]); b = MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([9]))
print(a._hash() == frozenset([1, 2, 3]).__hash__(), sorted([1, 2] - a) if False else sorted(a - [1]))
a |= [9]; a -= [1]; a ^= [2, 10]; a &= [3, 9, 10, 11]; print(sorted(a))
print(a.pop() in (3, 9, 10), a.remove(sorted(a)[0]) or len(a))
try:
    MySet().pop()
except KeyError:
    print('KeyError from pop')
class MyList(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
ml = MyList(); ml.append(1); ml.extend([2, 3]); ml += [4]; ml.reverse(); print(ml.l, ml.pop(), ml.pop(0), ml.l)
ml.remove(2); ml.clear(); print(ml.l)
class MyMut(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MyMut(); mm.update({'a': 1}, b=2); mm.update([('c', 3)]); print(mm.d, mm.setdefault('d', 4), mm.pop('a'), mm.popitem(), mm.pop('zz', 'dflt'))
mm.clear(); print(mm.d)
try:
    mm.pop('missing')
except KeyError as e:
    print('KeyError', e)
print(Callable[[int], str], Callable[..., int], Iterable[int], Mapping[str, int], Callable[[int], str].__args__, type(Callable[[], int]))
print(Callable[[int, str], float] == Callable[[int, str], float], Callable[[int], str].__origin__, Generator[int, None, None])
try:
    Callable[int]
except TypeError as e:
    print(e)
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance((i for i in []), Generator), isinstance({}.keys(), Set))
print(issubclass(dict, Reversible), issubclass(type({}.keys()), Reversible), isinstance(len, Callable), isinstance(3, Callable))
try:
    Mapping()
except TypeError as e:
    print(e)
try:
    cabc.Set._from_iterable([1])
except TypeError as e:
    print('TypeError', e)
print(MappingView({1: 2}), KeysView({1: 2}), ItemsView({1: 2}), ValuesView({1: 2}))
