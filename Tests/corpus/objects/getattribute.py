# __getattribute__ overrides all attribute access.
class A:
    x = 1
    def __getattribute__(self, name):
        print("getattribute", name)
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "getattr " + name
a = A()
print(a.x)
print(a.secret)
print(a.nothing)

# __getattribute__ returning for everything.
class B:
    def __getattribute__(self, name):
        return "B." + name
b = B()
print(b.anything, b.__class__, type(b).__name__)

# super().__getattribute__
class C:
    def __init__(self):
        self.v = 5
    def __getattribute__(self, name):
        r = super().__getattribute__(name)
        return r * 2 if name == "v" else r
print(C().v)

# object.__getattribute__ errors.
try:
    object.__getattribute__(a, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__getattribute__(1, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(object.__getattribute__(1, "real"), object.__getattribute__([], "__len__")())

# Special methods bypass __getattribute__.
class D:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
d = D()
print(len(d))
print(d.__len__())

# __getattribute__ raising a non-AttributeError.
class E:
    def __getattribute__(self, name):
        raise ValueError(name)
    def __getattr__(self, name):
        return "never"
try:
    E().x
except ValueError as e:
    print("ValueError:", e)
print(hasattr.__name__)
try:
    hasattr(E(), "x")
except ValueError as e:
    print("ValueError:", e)
try:
    getattr(E(), "x", 1)
except ValueError as e:
    print("ValueError:", e)

# Wrong types for names.
try:
    getattr(a, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(a, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(a, None)
except TypeError as e:
    print("TypeError:", e)
try:
    hasattr(a, b"x")
except TypeError as e:
    print("TypeError:", e)
