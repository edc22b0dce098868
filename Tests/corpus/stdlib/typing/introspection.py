from typing import *
import typing

def f(a: 'int', b: List['str'], c: Optional['Foo'] = None) -> 'Dict[str, int]':
    pass

class Foo:
    x: int
    y: 'List[Foo]'
    z: ClassVar[int] = 3

class Bar(Foo):
    w: Annotated[int, 'meta']

print(get_type_hints(f))
print(get_type_hints(Foo))
print(get_type_hints(Bar))
print(get_type_hints(Bar, include_extras=True))
print(get_type_hints(lambda: None), get_type_hints(len))
try:
    get_type_hints(3)
except TypeError as e:
    print(e)
def g(x: 'undefined_name'): pass
try:
    get_type_hints(g)
except NameError as e:
    print(e)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]))
print(get_origin(list[int]), get_args(list[int]), get_origin(int | str), get_args(int | str))
print(get_origin(Annotated[int, 1]), get_args(Annotated[int, 1, 2]), get_origin(int), get_args(int))
print(get_origin(Literal[1]), get_args(Literal[1, 2]), get_origin(ClassVar[int]), get_args(Callable[..., int]))
print(cast(int, 'x'), cast('List[int]', 3), assert_type(3, int), final(3))
@overload
def h(x: int) -> int: ...
@overload
def h(x: str) -> str: ...
def h(x): return x
print(h(3), len(get_overloads(h)), [o.__name__ for o in get_overloads(h)])
clear_overloads()
print(get_overloads(h))
try:
    h.__wrapped__ if False else typing._overload_dummy()
except NotImplementedError as e:
    print(e)
try:
    assert_never(5)
except AssertionError as e:
    print(e)
@no_type_check
def k(x: 'garbage'): pass
print(get_type_hints(k), k.__no_type_check__)
@dataclass_transform(kw_only_default=True)
def model(cls): return cls
print(model.__dataclass_transform__)
r = ForwardRef('int')
print(r, ForwardRef('x', module='m'), r == ForwardRef('int'), r._evaluate(globals(), None, frozenset()))
try:
    ForwardRef('1 +')
except SyntaxError as e:
    print(e)
try:
    ForwardRef(3)
except TypeError as e:
    print(e)
print(sorted(typing.__all__) == sorted(set(typing.__all__)), len(typing.__all__))
