from typing import *

class NT(NamedTuple):
    x: int
    y: str = 'a'
    def double(self):
        return self.x * 2
print(NT(1), NT(1, 'b'), NT._fields, NT.__annotations__, NT._field_defaults, NT(2).double())
print(NT.__mro__, NT.__bases__, isinstance(NT(1), tuple), NT(1)._asdict(), NT(1)._replace(y='z'))
NT2 = NamedTuple('NT2', [('a', int), ('b', float)])
print(NT2(1, 2.0), NT2.__annotations__, NT2.__module__)
NT3 = NamedTuple('NT3', a=int)
print(NT3(5))
T = TypeVar('T')
class GNT(NamedTuple, Generic[T]):
    v: T
print(GNT(1), GNT[int], GNT.__parameters__)
for src in ["class B1(NamedTuple):\n    x: int = 1\n    y: int", "class B2(NamedTuple, int): pass",
            "class B3(NamedTuple):\n    _fields = 1", "NamedTuple('X', [('a', int)], b=str)",
            "class B4(NamedTuple):\n    x: int\n    y: int = 1\n    z: str"]:
    try:
        exec(src)
        print('ok')
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

class TD(TypedDict):
    a: int
    b: str
print(TD(a=1, b='x'), sorted(TD.__required_keys__), TD.__annotations__, TD.__total__, type(TD(a=1)))
class TD2(TD, total=False):
    c: float
print(sorted(TD2.__optional_keys__), sorted(TD2.__required_keys__), TD2.__total__, TD2.__mro__)
class TD3(TypedDict, total=False):
    r: Required[int]
    n: NotRequired[str]
    o: int
print(sorted(TD3.__required_keys__), sorted(TD3.__optional_keys__))
TD4 = TypedDict('TD4', {'x': int, 'y': List[str]})
print(TD4, TD4.__annotations__, TD4.__module__, is_typeddict(TD4), is_typeddict(dict))
for src in ["isinstance({}, TD)", "issubclass(dict, TD)", "class B(TD, int): pass"]:
    try:
        exec(src)
        print('ok')
    except TypeError as e:
        print(e)

UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId.__qualname__, UserId | None)
Nested = NewType('mod.Nested', str)
print(Nested.__name__, Nested.__qualname__, repr(Nested))
try:
    class Sub(UserId): pass
except TypeError as e:
    print(e)
