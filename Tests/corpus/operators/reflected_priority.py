# Reflected operands: subclass priority, same-type rules, overriding checks.
class Base:
    def __init__(self, name): self.name = name
    def __add__(self, o): return f"{self.name}.add({o.name})"
    def __radd__(self, o): return f"{self.name}.radd({o.name})"
    def __lt__(self, o): return f"{self.name}.lt({o.name})"
    def __gt__(self, o): return f"{self.name}.gt({o.name})"
    def __eq__(self, o): return f"{self.name}.eq({o.name})"
class Sub(Base):
    def __radd__(self, o): return f"{self.name}.Sub.radd({o.name})"
    def __gt__(self, o): return f"{self.name}.Sub.gt({o.name})"
class SubNoOverride(Base): pass
b, s, n = Base("b"), Sub("s"), SubNoOverride("n")
print(b + s)   # Sub overrides __radd__ -> it goes first
print(s + b)
print(b + n)   # no override -> left first
print(n + b)
print(b < s)   # reflected __gt__ of subclass first
print(s < b)
print(b < n)   # subclass without overriding: CPython still tries reflected first for comparisons
print(b == s, s == b)

# Same type: the reflected method is not tried.
class Only:
    def __init__(self, name): self.name = name
    def __radd__(self, o): return "radd"
try:
    Only("a") + Only("b")
except TypeError as e:
    print("TypeError:", e)

# Subclass of int overriding __radd__.
class MyInt(int):
    def __radd__(self, o): return "MyInt.radd"
    def __rsub__(self, o): return NotImplemented
print(1 + MyInt(2), MyInt(2) + 1, 1 - MyInt(2))
class MyInt2(int): pass
print(type(1 + MyInt2(2)).__name__, type(MyInt2(2) + 1).__name__)

# Subclass of float, str, list.
class MyStr(str):
    def __radd__(self, o): return "MyStr.radd"
print("a" + MyStr("b"), MyStr("b") + "a")
class MyList(list):
    def __radd__(self, o): return "MyList.radd"
print([1] + MyList([2]))

# Reflected comparisons with subclasses of builtins.
class Big(int):
    def __gt__(self, o): return "Big.gt"
    def __lt__(self, o): return "Big.lt"
print(1 < Big(0), Big(0) > 1, 1 > Big(0))

# __eq__ reflected order.
class X:
    def __eq__(self, o):
        print("X.eq")
        return NotImplemented
class Y(X):
    def __eq__(self, o):
        print("Y.eq")
        return NotImplemented
print(X() == Y())
print(Y() == X())
print(X() != Y())

# Both return NotImplemented for ordering: message uses operand order.
class P:
    def __lt__(self, o): return NotImplemented
class Q(P): pass
try:
    P() < Q()
except TypeError as e:
    print("TypeError:", e)
