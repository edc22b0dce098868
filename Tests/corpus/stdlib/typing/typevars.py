from typing import *
import typing

T = TypeVar('T'); S = TypeVar('S', bound=int); U = TypeVar('U', str, bytes, covariant=True)
V = TypeVar('V', contravariant=True)
print(T, S, U, V, T.__name__, S.__bound__, U.__constraints__, T.__module__, T.__covariant__, V.__contravariant__)
print(Dict[str, List[T]][int], List[T][str], Mapping[str, T], Dict[T, S][int, bool], Tuple[T, ...][int])
print(Union[T, int][str], Optional[T][int], Callable[[T], S][int, bool], Callable[..., T][str])
print(List[T].__parameters__, Dict[T, List[S]].__parameters__, Union[T, S, T].__parameters__)
print(list[T], list[T][int], dict[str, T][float], dict[T, list[S]][str, int], list[T].__parameters__)
print(T | int, int | T, T | None, Union[T, None][int])
print(T.__reduce__(), typing.AnyStr, typing.T, typing.KT, typing.VT, typing.T_co, typing.T_contra, typing.CT_co)
P = ParamSpec('P')
print(P, P.args, P.kwargs, P.args.__origin__ is P, P.args == P.args, P.__name__, P.__module__)
print(Callable[P, int], Callable[P, int][[str, bytes]], Callable[P, int][...], Concatenate[int, P])
print(Callable[Concatenate[int, P], str], Callable[Concatenate[int, P], str][[float]])
Ts = TypeVarTuple('Ts')
print(Ts, Unpack[Ts], Tuple[Unpack[Ts]], *Ts, Tuple[int, *Ts], Tuple[*Ts][int, str], Tuple[int, *Ts][()])
print(tuple[*Ts], tuple[*Ts][int, str], Tuple[T, *Ts][int, str, bytes], Tuple[*Ts, T][int])
print(Unpack[Tuple[int, str]], *tuple[int, str], list[*tuple[int, str]])
for e in ["TypeVar('X', int)", "TypeVar('X', int, str, bound=int)", "TypeVar('X', covariant=True, contravariant=True)",
          "isinstance(3, T)", "List[T][int, str]", "Dict[T, S][int]", "List[int][str]", "T[int]",
          "Generic[T, T]", "Generic[int]", "Generic[()]", "Callable[P, int][int, str]", "Tuple[*Ts, *Ts]",
          "Ts[int]", "Union[T, int][int, str]", "list[int][str]", "dict[T, S][int]", "TypeVar('X', bound=3)",
          "Tuple[T, *Ts][()]", "hash(P.args)", "class Q(T): pass"]:
    try:
        if e.startswith('class'):
            exec(e)
            print(e, 'ok')
        else:
            print(e, '->', eval(e))
    except Exception as exc:
        print(e, '!!', type(exc).__name__, exc)
