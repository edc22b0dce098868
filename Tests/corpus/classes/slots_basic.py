# __slots__: storage, missing attributes, no __dict__, member descriptors.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "y"), hasattr(p, "__dict__"))
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
print(type(P.x).__name__, repr(P.x), P.x.__name__, P.x.__objclass__ is P)
print(P.__slots__, "x" in P.__dict__, "__dict__" in P.__dict__, "__weakref__" in P.__dict__)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)

# Member descriptor used directly.
P.x.__set__(p, 10)
print(P.x.__get__(p, P), P.x.__get__(None, P) is P.x)
try:
    P.x.__get__(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    P.x.__set__("s", 1)
except TypeError as e:
    print("TypeError:", e)
P.x.__delete__(p)
print(hasattr(p, "x"))

# A single string is one slot.
class S:
    __slots__ = "only"
s = S()
s.only = 1
print(s.only, S.__slots__)

# Empty slots: no attributes at all.
class E:
    __slots__ = ()
try:
    E().a = 1
except AttributeError as e:
    print("AttributeError:", e)

# Slots from an iterable / dict (keys are used).
class D:
    __slots__ = {"a": "doc for a", "b": None}
print(D.a.__doc__, D.b.__doc__, sorted(D.__slots__))
class G:
    __slots__ = iter(["g1", "g2"])
g = G()
g.g1 = 1
print(g.g1)

# Private names in slots are mangled.
class M:
    __slots__ = ("__priv", "pub")
    def set(self, v):
        self.__priv = v
    def get(self):
        return self.__priv
m = M()
m.set(4)
print(m.get(), "_M__priv" in M.__dict__, "__priv" in M.__dict__)

# Slots plus class attributes with the same name conflict.
try:
    class C:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)

# Bad slot names.
for bad in (["1x"], ["a b"], [1], [""], "a-b"):
    try:
        type("Bad", (), {"__slots__": bad})
    except TypeError as e:
        print("TypeError:", e)

# Slot order in the class dict is sorted; __slots__ keeps the original value.
class O:
    __slots__ = ("c", "a", "b")
print([k for k in O.__dict__ if k in ("a", "b", "c")], O.__slots__)

# Slot values are per-instance.
a1, a2 = P(1), P(2)
print(a1.x, a2.x)

# getattr default and hasattr with slots.
print(getattr(P(0), "y", "dflt"))

# __slots__ with a __getattr__ fallback.
class F:
    __slots__ = ("v",)
    def __getattr__(self, name):
        return "fallback " + name
f = F()
print(f.v, f.other)
