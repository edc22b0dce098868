# Dict and set operations call __hash__ and __eq__ of user objects.
class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f"K({self.v})"
d = {}
d[K(1)] = "one"
print(d[K(1)])
print(K(2) in d)
s = {K(3)}
print(K(3) in s)
# Equal hashes but unequal values.
class Same:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"Same({self.v})"
print(len({Same(1), Same(2), Same(1)}))
# __eq__ raising during lookup propagates.
class Bad:
    def __hash__(self): return 5
    def __eq__(self, o): raise RuntimeError("eq failed")
dd = {Bad(): 1}
try:
    dd[Bad()]
except RuntimeError as e:
    print("RuntimeError:", e)
# __hash__ raising.
class BadHash:
    def __hash__(self): raise ValueError("no hash")
try:
    {BadHash()}
except ValueError as e:
    print("ValueError:", e)
# Identity shortcut: the same object is found without calling __eq__.
k = K(9)
d2 = {k: "nine"}
print(d2[k])
