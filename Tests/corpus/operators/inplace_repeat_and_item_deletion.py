# In-place repetition tries the right operand only when the left has no sequence methods
# (PyNumber_InPlaceMultiply); item deletion messages depend on the same table.
class X: pass
x = X()
try: x *= "s"
except TypeError as e: print(e)
y = 3
y *= "ab"; print(y)
d = {}
try: d *= "ab"
except TypeError as e: print(e)
z = 2.0
try: z *= "ab"
except TypeError as e: print(e)
class L(list): pass
l = L([1]); l *= 2; print(l)
class X: pass
from types import MappingProxyType as MP
for obj, key in [((1,2), 0), ((1,2), "a"), ("abc", 0), (5, 0), (frozenset(), 0), (X(), 0), (X(), "k"), (MP({}), "a"), (MP({}), 0), (None, 0), (range(3), 0), (b"x", 0), (1.5, True)]:
    try: del obj[key]
    except TypeError as e: print(e)
    try: obj[key] = 1
    except TypeError as e: print(e)
