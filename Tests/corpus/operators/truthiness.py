# __bool__ and __len__ truthiness rules and messages.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(bool(B(True)), bool(B(False)), not B(True))
for bad in (1, 0, None, "x", [1]):
    try:
        bool(B(bad))
    except TypeError as e:
        print("TypeError:", e)
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(L(0)), bool(L(3)))
for bad in (-1, 1.5, "x", 2**100, True):
    try:
        print(bool(L(bad)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(L(-1))
except ValueError as e:
    print("ValueError:", e)
try:
    len(L(2**100))
except OverflowError as e:
    print("OverflowError:", e)
class Idx:
    def __index__(self): return 4
print(len(L(Idx())), bool(L(Idx())))
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Both()))
class Neither: pass
print(bool(Neither()))
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print("TypeError:", e)
class LenNone:
    __len__ = None
try:
    bool(LenNone())
except TypeError as e:
    print("TypeError:", e)
try:
    len(LenNone())
except TypeError as e:
    print("TypeError:", e)
# In if/while/and/or/not/conditional expressions.
x = L(0)
print("yes" if x else "no", x or "or-value", (x and "and-value") is x, [i for i in (L(1), L(0)) if i].__len__())
# Subclass of int with __bool__.
class Z(int):
    def __bool__(self): return True
print(bool(Z(0)), bool(0))
# __bool__ raising.
class Raise:
    def __bool__(self): raise ValueError("no truth")
try:
    if Raise(): pass
except ValueError as e:
    print("ValueError:", e)
# __len__ on a bool subclass return type check
class BL:
    def __len__(self): return False
print(len(BL()), bool(BL()))
