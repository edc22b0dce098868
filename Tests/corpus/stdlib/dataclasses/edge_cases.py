# timeout: 60
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar
@dataclass
class A:
    x: int
    y: 'ClassVar[int]' = 5
    z: 'InitVar[int]' = 1
    def __post_init__(self, z): self.total = self.x + z
print(A(1).total, [f.name for f in fields(A)], A.y)
try:
    @dataclass
    class B:
        x: ClassVar[list] = field(default_factory=list)
except TypeError as e: print(e)
try:
    @dataclass
    class C:
        x = field()
except TypeError as e: print(e)
try:
    @dataclass
    class D:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
except TypeError as e: print(e)
try:
    @dataclass(order=True)
    class E:
        a: int
        def __lt__(self, o): return True
except TypeError as e: print(e)
try:
    @dataclass(frozen=True)
    class G:
        a: int
        def __setattr__(self, n, v): pass
except TypeError as e: print(e)
try:
    @dataclass(unsafe_hash=True)
    class H:
        a: int
        def __hash__(self): return 1
except TypeError as e: print(e)
@dataclass
class ExplicitHash:
    a: int
    def __hash__(self): return 42
print(hash(ExplicitHash(1)))
@dataclass(frozen=True)
class FH:
    a: int
    b: list = field(default_factory=list, compare=False)
print(hash(FH(1)) == hash((1,)), FH(1) == FH(1, [2]))
@dataclass
class Meta:
    a: int = field(default=1, metadata={'unit': 'm'}, repr=False)
    b: int = 2
print(Meta(), fields(Meta)[0].metadata['unit'], fields(Meta)[1].metadata)
@dataclass(repr=False, eq=False, init=False, match_args=False)
class Bare:
    a: int = 3
print(type(Bare()).__name__, Bare().a, hasattr(Bare, '__match_args__'), Bare.__init__ is object.__init__)
class NotDC: pass
print(dataclasses.is_dataclass(NotDC), dataclasses.is_dataclass(NotDC()))
@dataclass
class Desc:
    class Getter:
        def __set_name__(self, owner, name): print('set_name', name)
        def __get__(self, inst, owner): return 10 if inst is None else inst.__dict__.get('_v', 10)
        def __set__(self, inst, v): inst.__dict__['_v'] = v
    v: int = Getter()
print(Desc(), Desc(4).v)
@dataclass(frozen=True, slots=True)
class FS:
    a: int
fs = FS(1)
print(fs, fs.__getstate__(), FS.__slots__)
import copy
print(copy.copy(fs), copy.deepcopy(FS(2)))
try:
    @dataclass(weakref_slot=True)
    class W:
        a: int
except TypeError as e: print(e)
print(dataclasses.replace(FS(1), a=5))
@dataclass
class Factory:
    items: list = field(default_factory=lambda: [1, 2])
    n: int = field(init=False, default_factory=int)
a1, a2 = Factory(), Factory()
print(a1, a1.items is a2.items, Factory([9]), Factory.__doc__)
@dataclass
class Generic:
    a: list[int]
    b: dict[str, 'Factory']
    c: 'int | None' = None
print(Generic.__doc__)
print(dataclasses.astuple(Factory(), tuple_factory=list), dataclasses.asdict(Factory(), dict_factory=lambda kv: sorted(kv)))
from collections import namedtuple
NT = namedtuple('NT', 'p q')
@dataclass
class HoldsNT:
    t: NT
print(dataclasses.asdict(HoldsNT(NT(1, [2]))))
try:
    dataclasses.make_dataclass('X', ['a', 'a'])
except TypeError as e: print(e)
try:
    dataclasses.make_dataclass('X', ['for'])
except TypeError as e: print(e)
try:
    dataclasses.make_dataclass('X', [('a', int, 1, 2)])
except TypeError as e: print(e)
print(dataclasses.make_dataclass('Y', [('v', int, 0)], bases=(Factory,), frozen=False)(v=1))
print(dataclasses.fields(dataclasses.make_dataclass('Z', ['q']))[0].type)
