import copy
l = [1, [2, [3]]]
d = copy.deepcopy(l)
print(d == l, d[1] is l[1], d[1][1] is l[1][1])
r = [1]; r.append(r)
rc = copy.deepcopy(r); print(rc[1] is rc, rc is not r)
t = (1, 2, 'x'); print(copy.deepcopy(t) is t)
t2 = ([1],); c2 = copy.deepcopy(t2); print(c2 == t2, c2 is t2, c2[0] is t2[0])
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair); print(pc[0] is pc[1], pc[0] is shared)
class Node:
    def __init__(self, v): self.v = v; self.next = None
a = Node(1); b = Node(2); a.next = b; b.next = a
ac = copy.deepcopy(a); print(ac.v, ac.next.v, ac.next.next is ac, ac is a)
class DC:
    def __init__(self): self.data = [1]
    def __deepcopy__(self, memo):
        print('deepcopy called', type(memo).__name__)
        n = DC(); n.data = ['custom']; return n
print(copy.deepcopy(DC()).data)
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y, len(memo))
d = {'k': [1], (1, 2): 'v'}
dc = copy.deepcopy(d); print(dc, dc['k'] is d['k'])
class Slotted:
    __slots__ = ('a',)
s = Slotted(); s.a = [1]
sc = copy.deepcopy(s); print(sc.a, sc.a is s.a)
class M:
    def meth(self): return self
m = M(); bm = copy.deepcopy(m.meth); print(bm.__self__ is m, type(bm.__self__).__name__)
print(copy.deepcopy(len) is len, copy.deepcopy(int) is int, copy.deepcopy(Node) is Node)
class L(list):
    pass
ll = L([[1]]); ll.attr = [2]
lc = copy.deepcopy(ll); print(type(lc).__name__, lc, lc[0] is ll[0], lc.attr, lc.attr is ll.attr)
def f(): pass
print(copy.deepcopy(f) is f)
class NoCopy:
    def __reduce_ex__(self, proto):
        raise TypeError('nope %d' % proto)
try:
    copy.deepcopy(NoCopy())
except TypeError as e:
    print('TypeError', e)
print(copy.deepcopy(range(3)), copy.deepcopy(slice(1, 2)), copy.deepcopy(3 + 4j))
