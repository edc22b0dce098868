# Operators between builtin instances and subclasses with overrides.
class MyInt(int):
    def __add__(self, o): return "MyInt.__add__"
    def __radd__(self, o): return "MyInt.__radd__"
    def __sub__(self, o): return NotImplemented
    def __lt__(self, o): return "MyInt.__lt__"
    def __gt__(self, o): return "MyInt.__gt__"
    def __eq__(self, o): return "MyInt.__eq__"
    __hash__ = int.__hash__
m = MyInt(5)
print(m + 1, 1 + m, m + m, m - 1, 1 - m, m < 1, 1 < m, m == 1, 1 == m, 1 != m)
class MyFloat(float):
    def __rtruediv__(self, o): return "MyFloat.__rtruediv__"
print(1 / MyFloat(2), 1.0 / MyFloat(2), MyFloat(2) / 1)
class MyStr(str):
    def __mod__(self, o): return "MyStr.__mod__"
    def __rmod__(self, o): return "MyStr.__rmod__"
print(MyStr("x") % 1, "%s" % MyStr("y"))
class MyTuple(tuple):
    def __lt__(self, o): return "MyTuple.__lt__"
print((1,) < MyTuple((2,)), (1,) > MyTuple((2,)))
class MyDict(dict):
    def __or__(self, o): return "MyDict.__or__"
    def __ror__(self, o): return "MyDict.__ror__"
print({} | MyDict(), MyDict() | {})
# A subclass that does not override anything uses the base implementation.
class PlainInt(int): pass
print(PlainInt(2) + PlainInt(3), type(PlainInt(2) + PlainInt(3)).__name__, PlainInt(2) < 3)
# Reflected method of a subclass returning NotImplemented falls back to the left operand.
class Shy(int):
    def __radd__(self, o): return NotImplemented
print(1 + Shy(2), type(1 + Shy(2)).__name__)
class Shy2(int):
    def __rsub__(self, o): return NotImplemented
    def __sub__(self, o): return NotImplemented
try:
    print(Shy2(1) - Shy2(2))
except TypeError as e:
    print("TypeError:", e)
