def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[int]], frozenset[str])
print(list[...], dict[str, ...], type[int] if False else 'skip')
a = list[int]
print(type(a).__name__, a.__origin__, a.__args__, a.__parameters__)
print(a == list[int], a != list[str], a == list, hash(a) == hash(list[int]))
print(a(), a('xy'), a((1, 2)), type(a('x')).__name__)
print(dict[str, int](a=1), set[int]([3]))
check(lambda: isinstance([], list[int]))
check(lambda: issubclass(list, list[int]))
check(lambda: list[int] | None)
check(lambda: list[int] | dict[str, int])
print(a.append, a.__name__ if hasattr(a, '__name__') else 'no name')
print(list[int].__mro_entries__(()))
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList([1]))
class Box:
    pass
print(list[Box], dict[Box, 'fwd'])
print(enumerate[int], reversed.__class_getitem__ if hasattr(reversed, '__class_getitem__') else 'none')
check(lambda: list.__class_getitem__())
check(lambda: list.__class_getitem__(int, str))
check(lambda: int[str])
print(list[int, str].__args__, tuple[int].__args__)
