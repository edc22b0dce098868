# Ordering comparisons between builtin types and user classes.
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)
    def __gt__(self, o):
        return self.v > (o.v if isinstance(o, Num) else o)
    def __repr__(self): return f"Num({self.v})"
print(Num(1) < 2, 2 > Num(1), 1 < Num(2), Num(3) > Num(2))
print(sorted([Num(3), 2, Num(1)], key=lambda x: x if isinstance(x, Num) else Num(x)))
print(max(Num(1), Num(5), Num(3)), min([Num(4), Num(2)]))
try:
    Num(1) <= 2
except TypeError as e:
    print("TypeError:", e)
try:
    2 >= Num(1)
except TypeError as e:
    print("TypeError:", e)
print([1, 2] < [1, 3], (1, "a") < (1, "b"), "abc" < "abd", b"a" < b"b", {1} < {1, 2})
print([Num(1)] < [Num(2)], (Num(2),) > (Num(1),))
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2} < {3: 4}
except TypeError as e:
    print("TypeError:", e)
print(1 < 2.5 < 3 == 3.0, 1 == True, 0.1 + 0.2 == 0.3)
