# pow() with three arguments, divmod and @ dispatch.
class P:
    def __pow__(self, other, mod=None): return ("pow", other, mod)
    def __rpow__(self, other, mod=None): return ("rpow", other, mod)
    def __ipow__(self, other): return ("ipow", other)
p = P()
print(p ** 2, 2 ** p, pow(p, 2), pow(2, p), pow(p, 2, 5))
try:
    pow(2, p, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3, p)
except TypeError as e:
    print("TypeError:", e)
x = p
x **= 3
print(x)
class Mod:
    def __rpow__(self, other): return "rpow"
print(pow(3, Mod()))
try:
    pow(3, 2, Mod())
except TypeError as e:
    print("TypeError:", e)
print(pow(2, 10, 1000), pow(2, -1, 5), pow(True, 2), pow(2.0, 3))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow("a", 2)
except TypeError as e:
    print("TypeError:", e)
class D:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
print(divmod(D(), 3), divmod(3, D()))
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2))
class M:
    def __matmul__(self, o): return ("matmul", o)
    def __rmatmul__(self, o): return ("rmatmul", o)
    def __imatmul__(self, o): return ("imatmul", o)
m = M()
print(m @ 1, 1 @ m)
y = m
y @= 2
print(y)
try:
    [1] @ [2]
except TypeError as e:
    print("TypeError:", e)
# Three-argument pow with a subclass of int as the modulus.
class MyInt(int):
    def __pow__(self, other, mod=None): return "MyInt.pow"
    def __rpow__(self, other, mod=None): return "MyInt.rpow"
print(pow(2, MyInt(3)), pow(MyInt(2), 3), pow(2, 3, MyInt(5)))
