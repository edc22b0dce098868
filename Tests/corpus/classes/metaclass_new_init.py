# Metaclass __new__/__init__ receive the class namespace and keywords.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=True):
    x = 1
print(A.created_by, A.x)

class B(A):
    y = 2
print(B.created_by)

# Meta.__new__ returning something that is not an instance skips __init__.
class Odd(type):
    def __new__(mcls, name, bases, ns):
        return [name]
    def __init__(cls, *a):
        print("never")
class O(metaclass=Odd): pass
print(O)

# type.__init__ argument checking
try:
    type.__init__(A, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    type.__init__(A, "x", (), {}, 4)
except TypeError as e:
    print("TypeError:", e)
type.__init__(A, "x", (), {})
print("type.__init__ ok")

# type.__new__ with keywords it doesn't understand goes to __init_subclass__.
try:
    type("Z", (), {}, extra=1)
except TypeError as e:
    print("TypeError:", e)

# Metaclass defining __call__ with extra behaviour and calling type.__call__.
class Counting(type):
    count = 0
    def __call__(cls, *a, **k):
        Counting.count += 1
        return type.__call__(cls, *a, **k)
class P(metaclass=Counting):
    def __init__(self, a, b=2):
        self.s = a + b
print(P(1).s, P(1, b=5).s, Counting.count)

# Metaclass attributes and the mro of the metaclass.
print(Meta.__mro__ == (Meta, type, object))
print(type(Meta) is type, isinstance(A, Meta), isinstance(A, type))

# A metaclass whose __new__ takes extra keyword arguments.
class KW(type):
    def __new__(mcls, name, bases, ns, *, tag):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = tag
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class T(metaclass=KW, tag="t"): pass
print(T.tag)
try:
    class U(metaclass=KW): pass
except TypeError as e:
    print("TypeError:", e)
