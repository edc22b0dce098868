# Attributes every class has: __bases__, __base__, __mro__, __flags__-free checks, __dict__, __doc__.
class A: pass
class B(A): "B doc"
class C(B, A.__class__.__mro__[-1]): pass
print(A.__bases__, B.__bases__, C.__bases__, B.__base__, object.__bases__, object.__base__)
print([k.__name__ for k in C.__mro__], type(C.__mro__).__name__)
print(B.__doc__, A.__doc__, int.__doc__.splitlines()[0])
print(type(A.__dict__).__name__, "__module__" in A.__dict__, "__qualname__" in A.__dict__)
print(A.__class__, type.__class__, A.__name__, int.__name__, type.__qualname__)
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(type, object), issubclass(object, type), issubclass(B, (int, A)))
try:
    A.__bases__ = (int,)
except TypeError as e:
    print("TypeError:", e)
try:
    A.__mro__ = (A,)
except AttributeError as e:
    print("AttributeError:", e)
try:
    A.__base__ = object
except AttributeError as e:
    print("AttributeError:", e)
try:
    del A.__dict__
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
print(A.__annotations__, int.__dict__["__add__"].__name__)
class Ann:
    x: int
    y: str = "s"
print(Ann.__annotations__, Ann.y, "x" in Ann.__dict__)
class AnnSub(Ann): pass
print(AnnSub.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
