# `in`: __contains__, then iteration, then __getitem__; results are truth-tested.
class C:
    def __contains__(self, x):
        print("contains", x)
        return x > 5
print(10 in C(), 1 in C(), 1 not in C())
class Weird:
    def __contains__(self, x): return [x]
print(0 in Weird(), 1 not in Weird())
class EmptyList:
    def __contains__(self, x): return []
print(1 in EmptyList())
class It:
    def __iter__(self): return iter([1, 2, 3])
print(2 in It(), 5 in It())
class Gi:
    def __getitem__(self, i):
        if i > 4: raise IndexError
        return i
print(3 in Gi(), 9 in Gi())
class Nope: pass
try:
    1 in Nope()
except TypeError as e:
    print("TypeError:", e)
class NoneContains:
    __contains__ = None
try:
    1 in NoneContains()
except TypeError as e:
    print("TypeError:", e)
class Raising:
    def __contains__(self, x): raise ValueError("no")
try:
    1 in Raising()
except ValueError as e:
    print("ValueError:", e)
class BoolRaise:
    def __bool__(self): raise ZeroDivisionError("truth")
class ContainsBoolRaise:
    def __contains__(self, x): return BoolRaise()
try:
    1 in ContainsBoolRaise()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# Containment in builtin containers uses __eq__ (identity first).
class Eq:
    def __eq__(self, o):
        print("eq called")
        return True
    __hash__ = object.__hash__
e = Eq()
print(e in [e], Eq() in [1], 1 in [Eq()])
print(e in {e}, e in {e: 1})
# Iterating __getitem__ with non-integer-friendly errors
class TypeErr:
    def __getitem__(self, i): raise TypeError("bad index")
try:
    1 in TypeErr()
except TypeError as e:
    print("TypeError:", e)
