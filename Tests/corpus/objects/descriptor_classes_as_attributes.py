# Descriptors stored on classes: functions, classes, builtin functions, callables.
class Callable:
    def __call__(self, *a): return ("called with", len(a))
class A:
    f = lambda self: "lambda method"
    builtin = len
    klass = dict
    inst = Callable()
a = A()
print(a.f(), a.builtin("abc"), a.klass(x=1), a.inst())
print(type(A.__dict__["f"]).__name__, type(a.f).__name__, type(a.builtin).__name__, a.klass is dict)
# A descriptor that returns different things for class and instance access.
class Dual:
    def __get__(self, inst, owner):
        return "class access" if inst is None else "instance access"
class B:
    d = Dual()
print(B.d, B().d)
# A descriptor whose __get__ is a staticmethod / classmethod.
class StaticGet:
    @staticmethod
    def __get__(inst, owner):
        return ("static __get__", inst is None)
class C:
    s = StaticGet()
try:
    print(C.s, C().s[1])
except TypeError as e:
    print("TypeError:", e)
# __get__ returning self makes the descriptor visible.
class Ident:
    def __get__(self, inst, owner): return self
class D:
    i = Ident()
print(type(D().i).__name__)
# Descriptor __set__ with instance that lacks a dict.
class Store:
    def __init__(self): self.values = {}
    def __get__(self, inst, owner):
        if inst is None: return self
        return self.values.get(id(inst), "unset")
    def __set__(self, inst, v): self.values[id(inst)] = v
class E:
    __slots__ = ()
    s = Store()
e = E()
print(e.s)
e.s = 5
print(e.s)
# Descriptors on the metaclass used for class attribute access.
class Counted:
    def __get__(self, cls, meta): return "counted " + cls.__name__
class Meta(type):
    n = Counted()
class F(metaclass=Meta): pass
print(F.n)
