class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return 'Point(' + str(self[0]) + ', ' + str(self[1]) + ')'
p = Point(1, 2)
print(p, p.x, p[1], len(p), type(p).__name__, isinstance(p, tuple))
print(p + (3,), type(p + (3,)).__name__, type(p[:]).__name__, p[:] is p, type(p * 1).__name__)
print(p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), p.__getnewargs__())
print(tuple(p), type(tuple(p)).__name__, tuple(p) is p)
print(sorted([Point(2, 1), Point(1, 5)]))
class T(tuple):
    pass
t = T([1, 2])
t.attr = 'x'
print(t, t.attr, T(), T('ab'), type(T(x for x in [1])).__name__)
print(t.count(1), t.index(2), t.__class__.__name__)
class Named(tuple):
    __slots__ = ()
n = Named((5,))
try:
    n.attr = 1
except AttributeError as e:
    print('AttributeError', e)
print(n, T.__mro__)
