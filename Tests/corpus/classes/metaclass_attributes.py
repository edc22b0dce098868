# Metaclass attributes, properties and methods versus class attributes.
class Meta(type):
    kind = "meta kind"
    @property
    def info(cls):
        return "info about " + cls.__name__
    def describe(cls):
        return "Meta.describe " + cls.__name__
    def __len__(cls):
        return 7
    def __iter__(cls):
        return iter([cls.__name__, "x"])
    def __getitem__(cls, k):
        return "item " + str(k)
    def __contains__(cls, k):
        return k == "yes"
    def __repr__(cls):
        return "<class " + cls.__name__ + " with Meta>"
    def __bool__(cls):
        return False
class A(metaclass=Meta):
    def describe(self):
        return "A.describe"
print(A.kind, A.info, A.describe(A()), len(A), list(A), A[3], "yes" in A, bool(A), repr(A))
print(type(A).describe(A))
try:
    A().info
except AttributeError as e:
    print("AttributeError:", e)
try:
    A().kind
except AttributeError as e:
    print("AttributeError:", e)
# A class attribute shadows a metaclass non-data descriptor but not a data descriptor.
class B(metaclass=Meta):
    kind = "class kind"
    info = "class info"
print(B.kind, B.info)
try:
    B.info = "x"
except AttributeError as e:
    print("AttributeError:", e)
# Metaclass __setattr__ and __delattr__ on the class.
class LoggingMeta(type):
    def __setattr__(cls, name, value):
        print("set", cls.__name__, name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("del", cls.__name__, name)
        super().__delattr__(name)
class C(metaclass=LoggingMeta):
    pass
C.x = 1
del C.x
print(hasattr(C, "x"))
# Metaclass __getattr__.
class Fallback(type):
    def __getattr__(cls, name):
        return "fallback " + name
class D(metaclass=Fallback):
    real = "real"
print(D.real, D.missing)
try:
    D().missing
except AttributeError as e:
    print("AttributeError:", e)
# Metaclass __getattribute__.
class Spy(type):
    def __getattribute__(cls, name):
        if not name.startswith("__"):
            print("looking up", name)
        return super().__getattribute__(name)
class E(metaclass=Spy):
    a = 1
print(E.a)
# __class__ of classes and instances.
print(A.__class__.__name__, A().__class__.__name__, type(A).__class__.__name__)
# Metaclass with __call__ and __init__ arguments.
class CountInstances(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.instances = 0
    def __call__(cls, *args, **kw):
        cls.instances += 1
        return super().__call__(*args, **kw)
class F(metaclass=CountInstances):
    def __init__(self, x=0): self.x = x
F(); F(1); F(x=2)
print(F.instances)
class G(F): pass
G()
print(G.instances, F.instances)
