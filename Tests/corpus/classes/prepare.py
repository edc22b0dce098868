# __prepare__ supplies the class namespace.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, bases, kw)
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls

class A(metaclass=Meta, color="red"):
    b = 1
    a = 2
    def m(self): pass
    b = 3
print(A.order, A.b)

# __prepare__ returning a non-mapping.
class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class X(metaclass=Bad): pass
except TypeError as e:
    print("TypeError:", e)

# A mapping that is not a dict: the class body writes through __setitem__, reads through __getitem__.
class Ns:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print("get", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", k)
        self.d[k] = v

class Meta2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Ns()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.d)

class B(metaclass=Meta2):
    x = 1
    y = x + 1
print(B.x, B.y)

# __prepare__ on a function metaclass is not looked up.
def fm(name, bases, ns):
    return sorted(ns)
class C(metaclass=fm):
    z = 1
print(C)

# type.__prepare__ accepts anything and returns a new dict.
print(type.__prepare__("x", (), a=1), type(type.__prepare__()))

# __prepare__ that raises.
class Raising(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        raise ValueError("no namespace for " + name)
try:
    class Y(metaclass=Raising): pass
except ValueError as e:
    print("ValueError:", e)

# A namespace that is not a dict makes type.__new__ fail.
class Meta3(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Ns()
try:
    class Z(metaclass=Meta3):
        pass
except TypeError as e:
    print("TypeError:", e)
