import copy
l = [1, [2, 3]]
c = copy.copy(l)
print(c == l, c is l, c[1] is l[1])
d = {'a': [1]}
print(copy.copy(d) == d, copy.copy(d)['a'] is d['a'])
s = {1, 2}; print(copy.copy(s) == s, copy.copy(s) is s)
t = (1, [2]); print(copy.copy(t) is t, copy.copy(frozenset([1])) == frozenset([1]))
print(copy.copy(3), copy.copy('x'), copy.copy(None), copy.copy(int) is int, copy.copy(len) is len)
ba = bytearray(b'ab'); print(copy.copy(ba), copy.copy(ba) is ba)
class P:
    def __init__(self, x): self.x = x; self.items = [x]
p = P(5)
q = copy.copy(p)
print(type(q).__name__, q.x, q.items is p.items, q is p)
class WithCopy:
    def __copy__(self):
        return 'custom copy'
print(copy.copy(WithCopy()))
class Slotted:
    __slots__ = ('a', 'b')
s1 = Slotted(); s1.a = 1
s2 = copy.copy(s1); print(s2.a, hasattr(s2, 'b'))
class Mixed(Slotted):
    pass
m = Mixed(); m.a = 3; m.z = 4
m2 = copy.copy(m); print(m2.a, m2.z)
class L(list):
    pass
ll = L([1, 2]); ll.tag = 't'
l2 = copy.copy(ll); print(type(l2).__name__, l2, l2.tag)
class D(dict):
    pass
dd = D(a=1); dd.tag = 'u'
d2 = copy.copy(dd); print(type(d2).__name__, d2, d2.tag)
class State:
    def __init__(self): self.v = 1
    def __getstate__(self): return {'v': self.v * 10}
    def __setstate__(self, st): self.v = st['v'] + 1
print(copy.copy(State()).v)
class NewArgs(int):
    def __new__(cls, v, extra):
        o = super().__new__(cls, v); o.extra = extra; return o
    def __getnewargs__(self): return (int(self), self.extra)
n = copy.copy(NewArgs(7, 'e')); print(n, n.extra, type(n).__name__)
class Reduced:
    def __reduce__(self): return (Reduced2, (4,))
class Reduced2:
    def __init__(self, v): self.v = v
print(type(copy.copy(Reduced())).__name__, copy.copy(Reduced()).v)
class StrReduce:
    def __reduce__(self): return 'global_name'
o = StrReduce(); print(copy.copy(o) is o)
print(copy.Error is copy.error, issubclass(copy.Error, Exception), copy.__all__)
import copyreg
class Special:
    def __init__(self, v): self.v = v
copyreg.pickle(Special, lambda s: (Special, (s.v + 100,)))
print(copy.copy(Special(1)).v, copy.deepcopy(Special(2)).v)
try:
    copyreg.pickle(Special, 5)
except TypeError as e:
    print(e)
