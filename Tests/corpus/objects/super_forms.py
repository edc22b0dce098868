# super(): zero-argument, two-argument, class form, unbound, descriptor behaviour.
class A:
    def f(self): return "A.f"
    @classmethod
    def cm(cls): return "A.cm " + cls.__name__
    @staticmethod
    def sm(): return "A.sm"
    @property
    def p(self): return "A.p"
    attr = "A.attr"
class B(A):
    def f(self): return "B.f>" + super().f()
    @classmethod
    def cm(cls): return "B.cm>" + super().cm()
    @staticmethod
    def sm(): return "B.sm>" + super(B, B).sm()
    @property
    def p(self): return "B.p>" + super().p
class C(B):
    def f(self): return "C.f>" + super().f()
print(C().f(), C.cm(), C().cm(), B.sm(), C().p)
print(super(B, C()).f(), super(A, C()).__class__, super(C, C).cm())
print(super(B, C()).attr, super(C, C).attr)

# Unbound super and binding it via __get__.
s = super(B)
print(repr(s), s.__thisclass__, s.__self__, s.__self_class__)
bound = s.__get__(C(), C)
print(bound.f())
print(super(B).__get__(None, C) is not None)

# repr of bound super.
r = repr(super(B, C()))
print(r)
print(repr(super(B, C)))

# __self__, __self_class__, __thisclass__.
obj = C()
sup = super(B, obj)
print(sup.__self__ is obj, sup.__self_class__, sup.__thisclass__)
sup2 = super(B, C)
print(sup2.__self__, sup2.__self_class__)

# Attributes not found.
try:
    super(C, C()).missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    super(A, A()).f
except AttributeError as e:
    print("AttributeError:", e)

# super with __getattr__ on the base is not used by super lookup.
class G:
    def __getattr__(self, n): return "G getattr " + n
class H(G):
    def get(self): return super().nope
try:
    print(H().get())
except AttributeError as e:
    print("AttributeError:", e)

# super() in __init__ chains (cooperative multiple inheritance).
class Root:
    def __init__(self): print("Root"); super().__init__()
class L(Root):
    def __init__(self): print("L"); super().__init__()
class R(Root):
    def __init__(self): print("R"); super().__init__()
class Bottom(L, R):
    def __init__(self): print("Bottom"); super().__init__()
Bottom()

# super() inside a nested function using __class__ explicitly.
class N(A):
    def f(self):
        def inner():
            return super(N, self).f()
        return inner()
print(N().f())

# super(type, obj) where obj's __class__ lies.
class Liar:
    @property
    def __class__(self): return C
try:
    super(B, Liar()).f()
except TypeError as e:
    print("TypeError:", e)

# super setattr goes to the instance (no __set__ on super objects for normal attrs)
class S1:
    pass
class S2(S1):
    def set(self):
        try:
            super().x = 1
        except AttributeError as e:
            print("AttributeError:", e)
S2().set()

# super().__init_subclass__ & class methods with super(cls, cls)
class Base2:
    @classmethod
    def create(cls):
        return cls.__name__
class Child2(Base2):
    @classmethod
    def create(cls):
        return "child>" + super().create()
print(Child2.create())

# super inside a classmethod of a metaclass
class M(type):
    def __call__(cls, *a):
        print("M.__call__", cls.__name__)
        return super().__call__(*a)
class WithM(metaclass=M):
    def __init__(self, v): self.v = v
print(WithM(3).v)

# super() and __class__ cell reflects the class, even if renamed.
class Orig:
    def who(self): return __class__.__name__
Renamed = Orig
del Orig
print(Renamed().who())

# super(type) with type not a type.
try:
    super(1)
except TypeError as e:
    print("TypeError:", e)
try:
    super(A, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    super(B, A())
except TypeError as e:
    print("TypeError:", e)
try:
    super(A, B, C)
except TypeError as e:
    print("TypeError:", e)
try:
    super(A, obj=1)
except TypeError as e:
    print("TypeError:", e)
