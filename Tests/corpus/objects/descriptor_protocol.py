# The descriptor protocol methods called explicitly, __set_name__, and descriptors on builtins.
class Desc:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        return getattr(inst, self.private, None)
    def __set__(self, inst, value):
        setattr(inst, self.private, value)
    def __delete__(self, inst):
        delattr(inst, self.private)

class A:
    size = Desc()
a = A()
print(a.size)
a.size = 3
print(a.size, a._size, A.size.public)
del a.size
print(a.size)

# Calling __get__ explicitly on builtin descriptors.
f = A.__dict__["size"]
print(f.__get__(None, A) is f)
def func(self): return self
bound = func.__get__(5)
print(bound(), bound.__self__, bound.__func__ is func)
print(func.__get__(None, int) is func)
try:
    func.__get__(None, None)
except TypeError as e:
    print("TypeError:", e)
try:
    func.__get__()
except TypeError as e:
    print("TypeError:", e)
print(str.upper.__get__("abc")())
print(type(str.__dict__["upper"]).__name__, type(str.upper).__name__, type("".upper).__name__)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(object.__init__).__name__)
print(type(dict.fromkeys).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(type(type.__dict__["__name__"]).__name__, type(type.__dict__["__mro__"]).__name__)
print(repr(str.upper), repr(int.__add__), repr(type.__dict__["__name__"]))
print(repr(dict.__dict__["fromkeys"]))
try:
    str.upper.__get__(1)
except TypeError as e:
    print("TypeError:", e)
try:
    str.upper(1)
except TypeError as e:
    print("TypeError:", e)
try:
    str.upper()
except TypeError as e:
    print("TypeError:", e)
try:
    int.__add__("a", 1)
except TypeError as e:
    print("TypeError:", e)
print(int.__add__(1, 2), int.__add__(1, "a"))

# getset descriptors.
gs = type.__dict__["__name__"]
print(gs.__get__(int), gs.__name__, gs.__objclass__)
try:
    gs.__set__(int, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    type.__dict__["__mro__"].__set__(A, ())
except AttributeError as e:
    print("AttributeError:", e)

# Attribute of a function set via descriptor.
class WithDoc:
    "doc"
print(WithDoc.__doc__, WithDoc().__doc__)
