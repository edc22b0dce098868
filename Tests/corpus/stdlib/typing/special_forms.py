from typing import *
import typing

print(List[int], Optional[int], Union[int, str], Union[int, None, str], Optional[Union[int, str]])
print(Union[int, str] == Union[str, int], Union[int] is int, Union[int, int], Union[Union[int, str], float])
print(Callable[[int], str], Callable[..., int], Callable[[], None], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Literal[1, 'a', True], Literal[1, 1, 2], Literal[Literal[1, 2], 3], Literal[1] == Literal[True])
print(Final[int], ClassVar[List[int]], Annotated[int, 'meta'], Annotated[Annotated[int, 1], 2], Type[int])
print(Any, NoReturn, Never, Self, LiteralString, TypeAlias, TYPE_CHECKING)
print(Required[int], NotRequired[str], TypeGuard[int])
print(List[int] | None, int | List[str], Union[int, str] | None, None | Optional[int])
print(Optional[int].__args__, Union[int, str].__origin__ is Union, Annotated[int, 'x'].__metadata__)
print(List is typing.List, List[int] is List[int], Dict[str, int] == Dict[str, int], hash(List[int]) == hash(List[int]))
for name in ['Union', 'Optional', 'ClassVar', 'Final', 'Literal', 'NoReturn', 'Never', 'Self',
             'LiteralString', 'TypeAlias', 'Concatenate', 'TypeGuard', 'Required', 'NotRequired', 'Unpack']:
    form = getattr(typing, name)
    print(name, repr(form), form.__name__, type(form).__name__, form.__reduce__())

errors = [
    "Union[()]", "Union()", "Optional[int, str]", "ClassVar[int, str]", "Final[1, 2]",
    "NoReturn[int]", "Never[int]", "Self[int]", "LiteralString[int]", "TypeAlias[int]",
    "Any()", "isinstance(3, Any)", "isinstance(3, Union)", "issubclass(int, ClassVar)",
    "Union[int, ClassVar[int]]", "List[Final[int]]", "Tuple[int, ...][int]",
    "Callable[int]", "Callable[[int], str, float]", "Callable[int, str]",
    "Concatenate[()]", "Concatenate[int, str]", "Optional[ClassVar[int]]",
    "List[Generic]", "Union[Union]", "Tuple[(1, 2)]", "Literal()",
]
for e in errors:
    try:
        print(e, '->', eval(e))
    except Exception as exc:
        print(e, '!!', type(exc).__name__, exc)
try:
    class X(Union): pass
except TypeError as e:
    print(e)
try:
    class Y(ClassVar[int]): pass
except TypeError as e:
    print(e)
try:
    class Z(typing._SpecialForm): pass
except TypeError as e:
    print(e)
