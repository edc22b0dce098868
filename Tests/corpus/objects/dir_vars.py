# dir() and vars() on instances, classes and modules; __dir__ overrides.
class A:
    cls_attr = 1
    def method(self): pass
class B(A):
    b_attr = 2
b = B()
b.inst = 3
names = dir(b)
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__class__" in names, "__dict__" in names, names == sorted(names))
print([n for n in dir(B) if not n.startswith("__")])
print(vars(b), sorted(k for k in vars(B) if not k.startswith("__")))

class D:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(D()))
class E:
    def __dir__(self):
        return ("x", "b")
print(dir(E()))
class F:
    def __dir__(self):
        return 5
try:
    dir(F())
except TypeError as e:
    print("TypeError:", e)
class G:
    def __dir__(self):
        return [1, "a"]
try:
    dir(G())
except TypeError as e:
    print("TypeError:", e)

# vars() errors.
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(1, 2)
except TypeError as e:
    print("TypeError:", e)
class NoDict:
    __slots__ = ("a",)
try:
    vars(NoDict())
except TypeError as e:
    print("TypeError:", e)

# vars() with a custom __dict__ property.
class H:
    @property
    def __dict__(self):
        return {"fake": True}
print(vars(H()))

# dir() of a class with a metaclass: metaclass attributes not included.
class Meta(type):
    meta_attr = 1
class M(metaclass=Meta):
    own = 1
print("meta_attr" in dir(M), "own" in dir(M), "mro" in dir(M))

# dir() of a module-like object and of builtins.
print("append" in dir([]), "upper" in dir(""), "__add__" in dir(1))
print(dir(None)[:3])
# dir() of an instance with a __dict__ that is not a dict.
class Weird:
    pass
w = Weird()
w.__dict__ = {"a": 1}
print("a" in dir(w))

# dir() of object(), of a type
print(len(dir(object())) == len(dir(object)))
print([n for n in dir(type) if not n.startswith("_")])
print(sorted(set(dir(int)) - set(dir(object)))[:5])
