# __slots__ with inheritance, __dict__/__weakref__ in slots, layouts.
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
b = B()
b.a, b.b = 1, 2
print(b.a, b.b, hasattr(b, "__dict__"))

# A subclass without __slots__ gets a __dict__.
class C(A): pass
c = C()
c.a = 1
c.z = 2
print(c.a, c.__dict__, "__dict__" in C.__dict__, "__weakref__" in C.__dict__)

# __dict__ in slots.
class D:
    __slots__ = ("x", "__dict__")
d = D()
d.x = 1
d.y = 2
print(d.x, d.__dict__, "__dict__" in D.__dict__, "__weakref__" in D.__dict__)

# __weakref__ in slots.
class W:
    __slots__ = ("__weakref__",)
print("__weakref__" in W.__dict__, "__dict__" in W.__dict__, W.__slots__)

# Duplicate __dict__ / __weakref__.
for slots in (("__dict__", "__dict__"), ("__weakref__", "__weakref__")):
    try:
        type("X", (), {"__slots__": slots})
    except TypeError as e:
        print("TypeError:", e)
class HasDict: pass
try:
    class X(HasDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError:", e)
try:
    class Y(HasDict):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)

# Layout conflicts between classes with slots.
class S1:
    __slots__ = ("p",)
class S2:
    __slots__ = ("q",)
try:
    class Both(S1, S2): pass
except TypeError as e:
    print("TypeError:", e)
class Empty1:
    __slots__ = ()
class Both2(S1, Empty1): pass
print([k.__name__ for k in Both2.__mro__])

# Builtin layouts.
for bases in ((int, str), (list, dict), (int, Exception), (ValueError, TypeError), (OSError, ValueError),
              (KeyError, IndexError), (list, S1), (dict, object)):
    try:
        t = type("T", bases, {})
        print("ok", [k.__name__ for k in t.__mro__])
    except TypeError as e:
        print("TypeError:", e)

# Nonempty slots on variable-size builtins.
for base in (int, tuple, bytes):
    try:
        type("V", (base,), {"__slots__": ("a",)})
    except TypeError as e:
        print("TypeError:", e)
print(type("V", (int,), {"__slots__": ()}).__name__)
class LS(list):
    __slots__ = ("extra",)
l = LS([1, 2])
l.extra = 3
print(l, l.extra, hasattr(l, "__dict__"))
try:
    l.other = 1
except AttributeError as e:
    print("AttributeError:", e)

# Slot descriptors of a base apply to subclasses; overriding a slot in a subclass.
class Base:
    __slots__ = ("v",)
class Sub(Base):
    __slots__ = ("v",)
s = Sub()
s.v = 1
Base.v.__set__(s, 2)
print(s.v, Base.v.__get__(s))

# Secondary bases provide __dict__.
class Plain: pass
class Mixed(S1, Plain):
    __slots__ = ()
m = Mixed()
m.p = 1
m.extra = 2
print(m.p, m.__dict__)

# An int subclass with __dict__ in slots.
try:
    class IntD(int):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError:", e)
class IntW(int):
    __slots__ = ()
i = IntW(5)
print(i, hasattr(i, "__dict__"))
