# and/or/not return operands and call __bool__ once per operand.
class T:
    def __init__(self, name, value): self.name, self.value = name, value
    def __bool__(self):
        print("bool", self.name)
        return self.value
    def __repr__(self): return self.name
a, b = T("a", True), T("b", False)
print(a and b)
print(b and a)
print(a or b)
print(b or a)
print(not a, not b)
print(a and b or a)
r = [x for x in (a, b) if x]
print(r)
print("yes" if b else "no")
x = 0
while T("loop", x < 1):
    x += 1
print(x)
# Chained comparisons evaluate operands once and call __bool__ on intermediate results.
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return T("res%d%d" % (self.v, o.v), self.v < o.v)
print(C(1) < C(2) < C(3))
print(C(2) < C(1) < C(3))
# any/all use truthiness.
print(any([T("p", False), T("q", True), T("r", True)]))
print(all([T("p", True), T("q", False), T("r", True)]))
# Objects without __bool__ but with __len__.
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("len", self.n)
        return self.n
print(L(0) or "empty", L(2) and "full")
