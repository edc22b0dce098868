# Common __new__ patterns.
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
print(Singleton() is Singleton())
class Cached:
    cache = {}
    def __new__(cls, key):
        if key not in cls.cache:
            inst = super().__new__(cls)
            inst.key = key
            cls.cache[key] = inst
        return cls.cache[key]
    def __init__(self, key):
        print("init", key)
a = Cached("a")
b = Cached("a")
print(a is b)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, type(u).__name__, u.lower(), isinstance(u, str))
class Positive(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Positive(5) + 1, type(Positive(5)).__name__)
try:
    Positive(-1)
except ValueError as e:
    print("ValueError:", e)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), type(p).__name__)
class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 1))
    def __repr__(self): return f"{float(self)}C"
print(Celsius(21.456), Celsius(1) + 1)
# __new__ returning an instance of a different class: __init__ not called.
class Factory:
    def __new__(cls, kind):
        if kind == "int":
            return 7
        return super().__new__(cls)
    def __init__(self, kind):
        print("Factory.__init__", kind)
print(Factory("int"), type(Factory("obj")).__name__)
# __new__ as a classmethod? It must be a staticmethod (implicitly).
class Explicit:
    @classmethod
    def __new__(cls, *args):
        print("classmethod __new__", cls.__name__, len(args))
        return object.__new__(cls)
Explicit()
# object.__new__ called with the wrong class.
class Wrong:
    def __new__(cls):
        return object.__new__(int)
try:
    Wrong()
except TypeError as e:
    print("TypeError:", e)
class L(list):
    def __new__(cls, *a):
        return object.__new__(cls)
try:
    L()
except TypeError as e:
    print("TypeError:", e)
