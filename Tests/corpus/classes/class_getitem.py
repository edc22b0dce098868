# __class_getitem__ is an implicit classmethod called for Class[item].
class A:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(A[int], A[1, 2], A["x"])
print(type(A.__dict__["__class_getitem__"]).__name__)

class B(A): pass
print(B[0])

# Instances don't use it.
try:
    A()[0]
except TypeError as e:
    print("TypeError:", e)

# No __class_getitem__: type is not subscriptable.
class C: pass
try:
    C[int]
except TypeError as e:
    print("TypeError:", e)

# A metaclass __getitem__ takes priority.
class Meta(type):
    def __getitem__(cls, item):
        return "meta " + str(item)
class D(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(D[1])

# __class_getitem__ set to None.
class E:
    __class_getitem__ = None
try:
    E[1]
except TypeError as e:
    print("TypeError:", e)

# Builtin generics.
print(list[int], dict[str, int], tuple[int, ...], type[int])
print(list[int].__origin__, list[int].__args__)

# explicit classmethod works too
class F:
    @classmethod
    def __class_getitem__(cls, item):
        return cls, item
print(F[3][1])
