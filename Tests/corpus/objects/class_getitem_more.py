# __class_getitem__ and generic aliases of builtins.
print(list[int], list[int, str], dict[str, list[int]], tuple[int, ...], tuple[()])
print(list[int] == list[int], list[int] == list[str], list[int]().__class__)
print(type(list[int]).__name__, list[int].__origin__ is list, list[int].__args__)
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[1])
class Sub(Box): pass
print(Sub[str])
try:
    Box()[int]
except TypeError as e:
    print("TypeError:", e)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
print(type[int], type[int].__origin__)
class WithGetitem:
    def __getitem__(self, k): return ("instance getitem", k)
    def __class_getitem__(cls, k): return ("class getitem", k)
print(WithGetitem[1], WithGetitem()[1])
