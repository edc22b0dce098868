# __del__ runs at most once (PEP 442), resurrection keeps the object alive.
saved = []
class R:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n)
        saved.append(self)

r = R(1)
del r
print("saved", [x.n for x in saved])
x = saved.pop()
print("popped", x.n)
del x
print("after second release (no second __del__)")

# Calling __del__ explicitly does not mark the object finalized.
class E:
    def __del__(self):
        print("E.__del__")
e = E()
e.__del__()
del e
print("after del e")

# __del__ added to a class after creation.
class Late:
    pass
Late.__del__ = lambda self: print("late __del__")
o = Late()
del o
# __del__ removed.
class Removed:
    def __del__(self):
        print("never")
del Removed.__del__
o = Removed()
del o
print("removed ok")

# Inherited __del__ and super().__del__.
class Base:
    def __del__(self):
        print("Base.__del__", type(self).__name__)
class Child(Base):
    def __del__(self):
        print("Child.__del__")
        super().__del__()
c = Child()
del c
class Plain(Base):
    pass
p = Plain()
del p

# __del__ sees attributes.
class Attrs:
    def __init__(self):
        self.data = [1, 2, 3]
    def __del__(self):
        print("data", self.data)
a = Attrs()
del a

# Slots survive to __del__.
class S:
    __slots__ = ("v",)
    def __init__(self): self.v = "slot value"
    def __del__(self):
        print("slot", self.v)
s = S()
del s
print("end")
