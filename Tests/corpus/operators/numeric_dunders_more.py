# Ternary pow dispatch, divmod, truthiness, conversions and rounding with int subclasses.
class MyInt(int): pass
class F:
    def __float__(self): return 2.5
    def __index__(self): return 7
print(float(F()), int(F()) if hasattr(int, "x") else "", complex(F()))
class P:
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o, m=None): return ("rpow", o, m)
    def __ipow__(self, o, m=None): return ("ipow", o, m)
p = P()
print(p ** 2, 2 ** p, pow(p, 2, 5), pow(2, p))
try: print(pow(2, p, 5))
except TypeError as e: print(e)
x = P(); x **= 3; print(x)
class DM:
    def __divmod__(self, o): return "dm"
    def __rdivmod__(self, o): return "rdm"
print(divmod(DM(), 1), divmod(1, DM()))
class B:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(B()), not B())
class L:
    def __len__(self): return 0
print(bool(L()))
class C:
    def __complex__(self): return 3
try: complex(C())
except TypeError as e: print(e)
print(round(2.5), round(MyInt(7), -1), type(round(MyInt(7))).__name__)
print((5).__round__(), (5).__index__(), True.__index__())
import operator
print(type(operator.index(MyInt(5))).__name__, operator.index(MyInt(5)), [1, 2, 3][MyInt(1)], "abc"[MyInt(2)])
print(range(10)[MyInt(3)], (1, 2)[MyInt(-1)], b"xy"[MyInt(0)])
