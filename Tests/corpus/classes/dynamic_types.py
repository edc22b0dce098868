# Classes built with type() and with closures.
def make_class(name, base=object, **attrs):
    return type(name, (base,), attrs)
Point = make_class("Point", x=0, y=0, __repr__=lambda self: f"Point({self.x}, {self.y})")
p = Point()
p.x = 3
print(p, Point.__name__, Point.__qualname__, Point.__module__)
def init(self, v): self.v = v
Box = type("Box", (), {"__init__": init, "get": lambda self: self.v, "__slots__": ("v",)})
b = Box(5)
print(b.get(), hasattr(b, "__dict__"))
Sub = type("Sub", (Box,), {"get": lambda self: super(Sub, self).get() * 2})
print(Sub(4).get())
# A factory making classes with closures over arguments.
def factory(n):
    class Made:
        value = n
        def times(self, k): return n * k
    return Made
M3, M4 = factory(3), factory(4)
print(M3().times(2), M4().times(2), M3 is M4, M3.__qualname__)
# Classes created in a loop.
classes = [type("C%d" % i, (), {"i": i}) for i in range(3)]
print([c.__name__ for c in classes], [c().i for c in classes])
# __init_subclass__ runs for type() created classes.
class Tracked:
    made = []
    def __init_subclass__(cls, **kw):
        Tracked.made.append((cls.__name__, kw))
T1 = type("T1", (Tracked,), {})
class T2(Tracked, flag=1): pass
print(Tracked.made)
# type() with a metaclass base.
class Meta(type):
    def describe(cls): return "Meta class " + cls.__name__
X = Meta("X", (), {})
print(X.describe(), type(X).__name__)
Y = type("Y", (X,), {})
print(type(Y).__name__)
# The three-argument form checks the namespace keys are strings? (no: any hashable)
Z = type("Z", (), {1: "one"})
print(Z.__dict__[1])
