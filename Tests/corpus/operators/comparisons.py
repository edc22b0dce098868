# Rich comparisons: dispatch, chained comparisons, identity shortcuts in containers.
class C:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print(f"eq({self.v},{getattr(o, 'v', o)})")
        return isinstance(o, C) and self.v == o.v
    def __lt__(self, o):
        print(f"lt({self.v},{getattr(o, 'v', o)})")
        return self.v < o.v
    __hash__ = None
a, b, c = C(1), C(2), C(3)
print(a < b < c)
print(a < c < b)
print(b > a)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
print(a in [C(5), a])
print([a] == [a], [a] == [C(1)])
print((a,) == (C(1),))
print({1: a} == {1: C(1)})
print([C(9)].count(C(9)), [C(9)].index(C(9)))
# Comparison results that are not bools.
class R:
    def __lt__(self, o): return [1]
    def __gt__(self, o): return 0
print(R() < 1, R() > 1, 1 > R())
if R() < 1:
    print("truthy list")
print(sorted([3, 1, 2], key=lambda v: C(v)) if False else "skip")
# Comparing different builtin types.
print(1 == 1.0, 1 == "1", None == 0, [] == (), 1 != "1")
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
# __eq__ raising propagates.
class Boom:
    def __eq__(self, o): raise ValueError("boom")
try:
    Boom() == 1
except ValueError as e:
    print("ValueError:", e)
try:
    [Boom()] == [Boom()]
except ValueError as e:
    print("ValueError:", e)
bm = Boom()
print([bm] == [bm], bm in [bm])
# max/min/sorted use __lt__
class S:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"S({self.v})"
print(sorted([S(3), S(1), S(2)]), max([S(3), S(1)]), min(S(3), S(1)))
try:
    sorted([S(1), 1])
except TypeError as e:
    print("TypeError:", e)
# Reflected comparison fallbacks with only __gt__ defined.
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > (o.v if isinstance(o, G) else o)
print(G(2) > 1, 1 < G(2), G(1) < G(2))
# object comparisons are identity-based for == only.
o1 = object()
print(o1 == o1, o1 != object())
try:
    o1 < object()
except TypeError as e:
    print("TypeError:", e)
