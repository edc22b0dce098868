# Cooperative multiple inheritance with super() and keyword arguments.
class Shape:
    def __init__(self, **kw):
        print("Shape", sorted(kw))
        super().__init__(**kw)
class Colored(Shape):
    def __init__(self, color="black", **kw):
        print("Colored", color)
        self.color = color
        super().__init__(**kw)
class Named(Shape):
    def __init__(self, name="?", **kw):
        print("Named", name)
        self.name = name
        super().__init__(**kw)
class Thing(Colored, Named):
    def __init__(self, **kw):
        print("Thing")
        super().__init__(**kw)
t = Thing(color="red", name="box")
print(t.color, t.name, [c.__name__ for c in Thing.__mro__])
try:
    Thing(color="red", name="box", extra=1)
except TypeError as e:
    print("TypeError:", e)
# super() in a method chain with different return values.
class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print(D().who(), B().who())
# super() with classmethods along the MRO.
class P:
    @classmethod
    def create(cls): return [cls.__name__ + "@P"]
class Q(P):
    @classmethod
    def create(cls): return [cls.__name__ + "@Q"] + super().create()
class R(P):
    @classmethod
    def create(cls): return [cls.__name__ + "@R"] + super().create()
class S(Q, R): pass
print(S.create())
# super().__setattr__ and super().__getattribute__.
class Guard:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private: " + name)
        super().__setattr__(name, value)
g = Guard()
g.ok = 1
try:
    g._bad = 2
except AttributeError as e:
    print("AttributeError:", e)
print(g.ok)
