# Rich comparison fallbacks: reflected operations, NotImplemented, identity for ==/!=.
class Log:
    def __init__(self, n): self.n = n
    def __repr__(self): return self.n
def make(name, ops):
    cls = type(name, (Log,), {})
    for op, result in ops.items():
        def method(self, other, op=op, result=result):
            print(f"{self!r}.{op}({other!r})")
            return result
        setattr(cls, op, method)
    return cls
A = make("A", {"__lt__": NotImplemented, "__eq__": NotImplemented})
B = make("B", {"__gt__": "B.gt", "__eq__": NotImplemented})
a, b = A("a"), B("b")
print(a < b)
print(a == b)
print(a != b)
C = make("C", {"__le__": NotImplemented, "__ge__": NotImplemented})
c1, c2 = C("c1"), C("c2")
try:
    c1 <= c2
except TypeError as e:
    print("TypeError:", e)
# Only __ne__ defined: == falls back to identity.
D = make("D", {"__ne__": "D.ne"})
d = D("d")
print(d == d, d == D("other"), d != 5)
# __eq__ returning NotImplemented from both sides with a subclass.
E = make("E", {"__eq__": NotImplemented})
F = type("F", (E,), {})
e, f = E("e"), F("f")
print(e == f, f == e, e != f)
# Comparing with None and numbers.
print(a == None, None == a, a != 1)
