# User exception classes: attributes, __init__/__str__ overrides, slots, metaclass checks.
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyError(42, "bad thing")
except MyError as e:
    print(e.code, e, e.args, repr(e), type(e).__mro__[1].__name__)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
print(NoSuper(1, 2).args, str(NoSuper(1, 2)))
class WithStr(ValueError):
    def __str__(self):
        return "custom message"
try:
    raise WithStr("ignored")
except ValueError as e:
    print(e, repr(e))
class Slotted(Exception):
    __slots__ = ("detail",)
s = Slotted("x")
s.detail = "d"
print(s.detail, s.args)
s.other = 1
print(s.other)
class Both(KeyError, AttributeError):
    pass
try:
    raise Both("k")
except AttributeError as e:
    print("caught as AttributeError", type(e).__name__, e)
class MultiBase(ValueError, TypeError): pass
print([c.__name__ for c in MultiBase.__mro__])
try:
    class Conflict(OSError, SyntaxError): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class NotExc(Exception, int): pass
except TypeError as e:
    print("TypeError:", e)
# Raising a non-exception class.
class Plain: pass
try:
    raise Plain
except TypeError as e:
    print("TypeError:", e)
# Exception class attributes and __init_subclass__.
class Base(Exception):
    registry = []
    def __init_subclass__(cls, **kw):
        Base.registry.append(cls.__name__)
class E1(Base): pass
class E2(E1): pass
print(Base.registry)
# Custom __new__ in an exception class.
class NewErr(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.made_by_new = True
        return inst
e = NewErr("a", "b")
print(e.args, e.made_by_new)
# __dict__ of exceptions.
e = MyError(1, "m")
print(sorted(e.__dict__))
