# __eq__/__hash__ rules: __eq__ alone makes instances unhashable; __hash__ inherited otherwise.
def h(x):
    try:
        hash(x)
        return "hashable"
    except TypeError as e:
        return "TypeError: " + str(e)

class Plain: pass
class EqOnly:
    def __eq__(self, other): return True
class EqAndHash:
    def __eq__(self, other): return True
    def __hash__(self): return 7
class HashNone:
    __hash__ = None
class SubOfEqOnly(EqOnly): pass
class SubOfEqAndHash(EqAndHash):
    def __eq__(self, other): return False
class SubRestoresHash(EqOnly):
    __hash__ = object.__hash__
class NeOnly:
    def __ne__(self, other): return True
class LtOnly:
    def __lt__(self, other): return True

for c in (Plain, EqOnly, EqAndHash, HashNone, SubOfEqOnly, SubOfEqAndHash, SubRestoresHash, NeOnly, LtOnly):
    print(c.__name__, h(c()), c.__dict__.get("__hash__", "absent") is None)

print(hash(EqAndHash()))

# __hash__ returning odd values.
class HashBig:
    def __hash__(self): return 2**70
class HashNeg1:
    def __hash__(self): return -1
class HashBool:
    def __hash__(self): return True
class HashStr:
    def __hash__(self): return "x"
class HashFloat:
    def __hash__(self): return 1.5
class IntSub(int): pass
class HashIntSub:
    def __hash__(self): return IntSub(5)
print(hash(HashBig()), hash(HashNeg1()), hash(HashBool()), hash(HashIntSub()))
for c in (HashStr, HashFloat):
    print(c.__name__, h(c()))

# Unhashable in a set/dict.
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)

# Setting __eq__ after creation does not remove __hash__.
class Later: pass
Later.__eq__ = lambda self, o: True
print(h(Later()))
# But setting __hash__ = None after creation does.
Later.__hash__ = None
print(h(Later()))
del Later.__hash__
print(h(Later()))

# __hash__ on builtin subclasses.
class ListSub(list): pass
class TupleSub(tuple): pass
class TupleEq(tuple):
    def __eq__(self, o): return False
print(h(ListSub()), h(TupleSub((1,))) , h(TupleEq()))
print(hash(TupleSub((1, 2))) == hash((1, 2)))

# Instances as dict keys use __eq__ and __hash__.
class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and self.k == o.k
    def __hash__(self): return hash(self.k)
d = {Key(1): "one"}
print(d[Key(1)], Key(2) in d)

# object.__hash__ and __eq__ identity
a = Plain()
print(a == a, a != a, a == Plain(), object.__eq__(a, a), object.__eq__(a, 1), object.__ne__(a, 1))

# __ne__ inverts __eq__ by default.
class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
class EqNotImpl:
    def __eq__(self, o): return NotImplemented
print(EqNotImpl() != EqNotImpl(), EqNotImpl() == EqNotImpl())
x = EqNotImpl()
print(x == x, x != x)

# __eq__ returning a non-bool
class EqWeird:
    def __eq__(self, o): return "yes"
print(EqWeird() == 1, EqWeird() != 1)
class NoBool:
    def __bool__(self): raise ValueError("no bool")
class EqNoBool:
    def __eq__(self, o): return NoBool()
try:
    print(EqNoBool() != 1)
except ValueError as e:
    print("ValueError:", e)
try:
    [EqNoBool()].index(1)
except ValueError as e:
    print("ValueError:", e)
