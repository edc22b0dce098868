import typing
from typing import *
import collections, collections.abc, contextlib

names = ['Hashable', 'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'Iterable',
         'Iterator', 'Reversible', 'Sized', 'Container', 'Collection', 'Callable', 'AbstractSet',
         'MutableSet', 'Mapping', 'MutableMapping', 'Sequence', 'MutableSequence', 'ByteString',
         'Tuple', 'List', 'Deque', 'Set', 'FrozenSet', 'MappingView', 'KeysView', 'ItemsView',
         'ValuesView', 'ContextManager', 'AsyncContextManager', 'Dict', 'DefaultDict',
         'OrderedDict', 'Counter', 'ChainMap', 'Generator', 'AsyncGenerator', 'Type']
for n in names:
    a = getattr(typing, n)
    print(n, repr(a), a.__origin__, a._name, a.__doc__, get_origin(a), get_args(a))
print(List[int], Dict[str, int], Set[bytes], FrozenSet[int], Deque[int], DefaultDict[str, list])
print(Iterable[int], Generator[int, None, str], Coroutine[int, int, int], AsyncGenerator[int, None])
print(ItemsView[str, int], KeysView[str], typing.IO[str], typing.TextIO, typing.BinaryIO, typing.Pattern, typing.Match)
print(isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping), issubclass(dict, MutableMapping))
print(issubclass(List, Sequence) if False else '-', isinstance(3, Hashable), isinstance([], Hashable))
print(List[int].__origin__, List[int].__args__, List[int].__parameters__, Dict[str, int]._name)
print(Deque([1, 2]), DefaultDict(int), typing.Counter("abca"))
for e in ["List[int, str]", "Dict[int]", "List()[0]", "Tuple()", "Hashable[int]", "Sized[int]",
          "List[int]()", "Dict[str, int](a=1)", "Set(1)", "Type[int, str]", "isinstance([], List[int])",
          "issubclass(list, List[int])", "Callable[[int], str]()", "List[3]", "Dict['a', 'b']"]:
    try:
        print(e, '->', eval(e))
    except Exception as exc:
        print(e, '!!', type(exc).__name__, exc)
print(List[int] == list[int], List[int] == List[int], List == List[int], Dict[str, int] != Dict[int, str])
print(List.__getitem__, list(List[int].__args__), Mapping.get.__qualname__, typing.Sequence.index is collections.abc.Sequence.index)
