def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)

l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x < 3:
        l.append(x + 10)
print(out, l)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
class Eq:
    def __init__(self, l):
        self.l = l
    def __repr__(self):
        return 'Eq()'
    def __eq__(self, o):
        self.l.clear()
        return False
l = [1, 2, 3]
print(Eq(l) in l, l)
l = [1, 2, 3]
print(l.count(Eq(l)), l)
l = [1, 2, 3]
check(lambda: l.index(Eq(l)))
l = [1, 2, 3]
check(lambda: l.remove(Eq(l)))
class ReprMut:
    def __init__(self, l):
        self.l = l
    def __repr__(self):
        self.l.clear()
        return 'RM'
l = [1, 2, 3]
l[0] = ReprMut(l)
print(repr(l), l)
a = [1, [2]]
b = [1, [2]]
class EqMut:
    def __eq__(self, o):
        a.clear()
        return True
a = [EqMut(), 5]
b = [0, 6]
print(a == b, a)
it = iter([1, 2, 3])
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
l = [1, 2, 3]
it = iter(l)
next(it)
l.clear()
check(lambda: next(it))
l.append(5)
check(lambda: next(it))
r = reversed([1, 2, 3])
print(type(r).__name__, r.__length_hint__(), next(r), list(r), r.__length_hint__())
l = [1, 2, 3]
r = reversed(l)
next(r)
l.pop()
l.pop()
check(lambda: next(r))
l.extend([7, 8, 9])
check(lambda: next(r))
