# timeout: 60
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, Field
import dataclasses
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), Point.__doc__, Point.__match_args__)
print([f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__hash__, Point.count, Point.__init__.__qualname__, Point.__repr__.__qualname__)
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, [], 4)
except TypeError as e: print(e)
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = 'x'
f = F(1)
try: f.a = 3
except FrozenInstanceError as e: print('Frozen', e, isinstance(e, AttributeError))
try: del f.b
except FrozenInstanceError as e: print('Frozen', e)
print(hash(f) == hash((1, 'x')), F(1) < F(2), F(1, 'a') <= F(1, 'b'), sorted([F(3), F(1), F(2)]), F(1) > F(0))
try: F(1) < 3
except TypeError as e: print(e)
@dataclass
class C:
    x: int
    y: InitVar[int] = 5
    z: int = field(init=False, default=0)
    def __post_init__(self, y):
        self.z = self.x + y
c = C(1); print(c, C(1, 10), [f.name for f in fields(C)], C.__dataclass_fields__['y']._field_type)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K.__match_args__)
try: K(1)
except TypeError as e: print(e)
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(K2(1, b=2), K2.__match_args__, K2.__doc__)
@dataclass
class K3:
    a: int = field(kw_only=True, default=1)
    b: int = 0
print(K3(5), K3(5, a=2))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e: print(e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        a: int
except ValueError as e: print(e)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: int = field(hash=False)
print(hash(H(1, 2)) == hash((1,)), H(1,2) == H(1,3))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class Inner:
    v: int
@dataclass
class Outer:
    inner: Inner
    items: List[Inner]
    d: dict
o = Outer(Inner(1), [Inner(2)], {'k': Inner(3)})
print(asdict(o), astuple(o))
M = make_dataclass('M', ['a', ('b', int), ('c', int, field(default=5))], namespace={'add': lambda self: self.a + self.b})
m = M(1, 2); print(m, m.add(), M.__annotations__, M.__doc__)
try: replace(c, z=3)
except ValueError as e: print(e)
print(replace(c, x=2, y=1))
try: replace(c, x=2)
except ValueError as e: print(e)
try: fields(3)
except TypeError as e: print(e)
try: asdict(Point)
except TypeError as e: print(e)
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1); print(s, S.__slots__, hasattr(s, '__dict__'))
try: s.c = 3
except AttributeError as e: print('AttributeError')
print(repr(MISSING)[:30] if False else type(MISSING).__name__, repr(dataclasses.InitVar[int]), repr(KW_ONLY)[:10] if False else 'kw')
@dataclass
class Rec:
    child: object = None
r = Rec(); r.child = r; print(r)
class Base:
    def __init__(self): pass
@dataclass
class D1:
    x: int = 1
@dataclass
class D2(D1):
    y: int = 2
print(D2(), D2(3, 4), [f.name for f in fields(D2)])
try:
    @dataclass(frozen=True)
    class D3(D1):
        z: int = 0
except TypeError as e: print(e)
@dataclass
class Custom:
    a: int
    def __repr__(self): return 'custom'
print(Custom(1))
match Point(1, 2):
    case Point(x, y): print('matched', x, y)
print(dataclasses.__all__)
@dataclass
class WithSelf:
    self: int
print(WithSelf(3))
@dataclass
class Default:
    f: Field = None
print(field(default=3).default, fields(Point)[0].type, fields(Point)[2].default_factory)
