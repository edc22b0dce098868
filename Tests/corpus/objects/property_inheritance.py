# Properties in class hierarchies.
class Base:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x
class Child(Base):
    @Base.v.setter
    def v(self, x):
        print("child setter", x)
        self._v = x * 2
c = Child()
c.v = 5
print(c.v, Base.v is Child.v, Child.v.fget is Base.v.fget)
class ReadOnlyChild(Base):
    @property
    def v(self): return "read only " + str(self._v)
r = ReadOnlyChild()
try:
    r.v = 3
except AttributeError as e:
    print("AttributeError:", e)
# super() inside a property.
class Ext(Base):
    @property
    def v(self): return ("ext", super().v)
print(Ext().v)
# A property defined with __slots__.
class S:
    __slots__ = ("_x",)
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
s = S()
s.x = 9
print(s.x)
try:
    s.y = 1
except AttributeError as e:
    print("AttributeError:", e)
# Class-level access returns the property; instance dict cannot shadow it.
print(type(Base.v).__name__)
b = Base()
b.__dict__["v"] = "shadow?"
print(b.v)
# Property with a lambda and no name (assigned after creation).
Base.w = property(lambda self: "w")
print(b.w)
# Deleting a property from the class exposes the instance dict value.
del Base.v
print(b.v)
