# __getattribute__ and __getattr__ together, in subclasses, with descriptors raising.
class Base:
    def __getattr__(self, name):
        return "Base.__getattr__(" + name + ")"
class Sub(Base):
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(name)
        return super().__getattribute__(name)
s = Sub()
s.real = 1
print(s.real, s.hidden, s.other)
# An AttributeError raised inside __getattr__ propagates.
class Strict:
    def __getattr__(self, name):
        raise AttributeError(f"{type(self).__name__} has no {name!r}")
try:
    Strict().x
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(Strict(), "x", "default"))
# __getattr__ recursion guarded by __dict__ access.
class Proxy:
    def __init__(self, target):
        self.__dict__["target"] = target
    def __getattr__(self, name):
        return getattr(self.__dict__["target"], name)
    def __setattr__(self, name, value):
        setattr(self.__dict__["target"], name, value)
class T: pass
t = T()
p = Proxy(t)
p.x = 10
print(t.x, p.x, p.target is t)
# __getattribute__ raising a non-AttributeError skips __getattr__.
class Loud:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "not reached"
try:
    Loud().a
except KeyError as e:
    print("KeyError:", e)
# getattr with a default swallows only AttributeError from __getattr__.
class Bad:
    def __getattr__(self, name):
        raise ValueError("value error for " + name)
try:
    getattr(Bad(), "zz", None)
except ValueError as e:
    print("ValueError:", e)
print(hasattr(Strict(), "anything"))
# __getattr__ for dunder names called explicitly.
class Dyn:
    def __getattr__(self, name):
        if name == "__len__":
            return lambda: 42
        raise AttributeError(name)
print(Dyn().__len__())
try:
    len(Dyn())
except TypeError as e:
    print("TypeError:", e)
