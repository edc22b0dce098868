from typing import *
T = TypeVar('T'); S = TypeVar('S'); K = TypeVar('K'); V = TypeVar('V')

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

print(Box, Box[int], Box.__parameters__, Box[int].__origin__, Box[int].__args__)
b = Box[int](3)
print(b.get(), b.__orig_class__, type(b), Box.__mro__, Box.__orig_bases__)

class Pair(Generic[K, V]):
    pass
print(Pair[str, int], Pair[str, T][bytes], Pair[T, T][int], Pair[K, V].__parameters__)

class IntBox(Box[int]):
    pass
print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox.__mro__)

class Mixed(Box[T], Pair[str, S]):
    pass
print(Mixed.__parameters__, Mixed[int, bytes], Mixed.__mro__)

class Explicit(Box[T], Pair[K, V], Generic[K, V, T]):
    pass
print(Explicit.__parameters__, Explicit[int, str, bytes])

class MyList(List[T]):
    pass
print(MyList.__mro__, MyList[int], MyList([1, 2]), isinstance(MyList(), list))

class MyMap(Dict[str, T]):
    pass
print(MyMap.__parameters__, MyMap[int], MyMap(a=1))

class Both(Generic[T], dict):
    pass
print(Both.__mro__)

for src in ["class E1(Generic): pass", "class E2(Generic[T], Generic[S]): pass",
            "class E3(Box[T], Generic[S]): pass", "class E4(Generic[int]): pass",
            "Box[int, str]", "IntBox[int]", "Box[int][str]", "Generic[T][int]",
            "class E5(Box[int][str]): pass", "Pair[int]"]:
    try:
        if src.startswith('class'):
            exec(src)
            print(src, 'ok')
        else:
            print(src, '->', eval(src))
    except TypeError as e:
        print(src, '!!', e)

print(get_origin(Box[int]), get_args(Pair[int, str]), get_origin(Generic), get_origin(Generic[T]))
print(Box[int] == Box[int], Box[int] == Box[str], Box[int] is Box[int], hash(Box[int]) == hash(Box[int]))
print(Box[int].item if False else '-', Box[int].get is Box.get)
