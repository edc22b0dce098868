# A user class on the right of a builtin gets its reflected method called.
class Money:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return Money(self.v + o)
    def __rmul__(self, o): return Money(self.v * o)
    def __rsub__(self, o): return Money(o - self.v)
    def __rtruediv__(self, o): return Money(o / self.v)
    def __rfloordiv__(self, o): return Money(o // self.v)
    def __rmod__(self, o): return Money(o % self.v)
    def __rpow__(self, o): return Money(o ** self.v)
    def __rlshift__(self, o): return Money(o << self.v)
    def __rrshift__(self, o): return Money(o >> self.v)
    def __rand__(self, o): return Money(o & self.v)
    def __ror__(self, o): return Money(o | self.v)
    def __rxor__(self, o): return Money(o ^ self.v)
    def __repr__(self): return f"Money({self.v})"
m = Money(2)
print(10 + m, 10 * m, 10 - m, 10 / m, 10 // m, 10 % m, 10 ** m, 10 << m, 10 >> m, 10 & m, 10 | m, 10 ^ m)
print(1.5 + m, [1] * 2 if False else 3 * m, True + m)
print(sum([Money(1), Money(2)], 0) if hasattr(Money, "__add__") else sum([1, 2], Money(0)) if False else "skip")
try:
    m + 1
except TypeError as e:
    print("TypeError:", e)
