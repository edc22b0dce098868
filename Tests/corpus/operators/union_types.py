# type | type (PEP 604) and its errors.
print(int | str, int | None, None | int, int | str | bytes)
print(int | int)
print(isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | None))
class A: pass
print(A | None)
try:
    int | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 | int
except TypeError as e:
    print("TypeError:", e)
try:
    int | "str"
except TypeError as e:
    print("TypeError:", e)
u = int | str
print(u.__args__, type(u).__name__)
print(list[int] | None, int | list[str])
class Meta(type):
    def __or__(cls, other): return "Meta.__or__"
class M(metaclass=Meta): pass
print(M | int, int | M)
