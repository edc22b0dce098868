from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x, p[1], p._asdict(), p._replace(x=100), Point._make([1, 2]), Point._fields, Point.__doc__)
print(Point.x, Point.x.__doc__, Point.__new__.__doc__, Point._make.__doc__, Point._replace.__doc__)
print(isinstance(p, tuple), len(p), list(p), p == (11, 22), hash(p) == hash((11, 22)), p.__getnewargs__())
print(Point.__match_args__, Point.__slots__, Point.__module__, Point.__qualname__, Point._field_defaults)
P3 = namedtuple('P3', 'a b c', defaults=[2, 3])
print(P3(1), P3(1, 5), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', 'x, y')
print(R(1, 2), namedtuple('One', 'only')(5), namedtuple('Empty', [])())
Ren = namedtuple('Ren', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(Ren._fields)
M = namedtuple('M', 'a', module='mymod')
print(M.__module__, repr(M(1)))
match Point(1, 2):
    case Point(x, y):
        print('matched', x, y)
class Sub(Point):
    def norm(self):
        return self.x ** 2 + self.y ** 2
print(Sub(3, 4).norm(), Sub(3, 4), Sub._fields)
for e in ["namedtuple('1x', 'a')", "namedtuple('X', 'class')", "namedtuple('X', '_a')", "namedtuple('X', 'a a')",
          "namedtuple('X', 'a', defaults=[1, 2])", "Point(1)", "Point(1, 2, 3)", "Point(1, z=2)", "Point._make([1])",
          "p._replace(z=1)", "Point.x.__set__(p, 1)", "namedtuple('X', [1])", "p.z", "setattr(p, 'x', 5)"]:
    try:
        print(e, '->', eval(e))
    except Exception as exc:
        print(e, '!!', type(exc).__name__, exc)
