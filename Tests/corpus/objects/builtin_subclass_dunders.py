# Subclasses of builtins overriding dunders: the override wins for operators and builtins.
class MyList(list):
    def __len__(self): return 100
    def __getitem__(self, i): return ("item", i)
    def __contains__(self, x): return x == "magic"
    def __iter__(self): return iter(["x", "y"])
    def __eq__(self, other): return "eq"
    def __add__(self, other): return "add"
l = MyList([1, 2, 3])
print(len(l), l[0], "magic" in l, 1 in l, list(l), l == [], l + [1], bool(l))
print(list.__len__(l), list.__getitem__(l, 0), [x for x in l])
class MyDict(dict):
    def __getitem__(self, k): return "always"
    def __missing__(self, k): return "missing " + k
d = MyDict(a=1)
print(d["a"], d["zz"], d.get("a"), dict.__getitem__(d, "a"))
class MyDict2(dict):
    def __missing__(self, k): return "missing " + k
d2 = MyDict2(a=1)
print(d2["a"], d2["zz"], d2.get("zz"))
class MyStr(str):
    def __str__(self): return "custom str"
    def __repr__(self): return "custom repr"
    def __len__(self): return 0
    def upper(self): return "UPPER"
s = MyStr("hello")
print(str(s), repr(s), len(s), s.upper(), s + "!", s == "hello")
class MyInt(int):
    def __add__(self, other): return "MyInt.add"
    def __repr__(self): return "MyInt(" + int.__repr__(self) + ")"
    def __bool__(self): return False
i = MyInt(5)
print(i + 1, 1 + i, i * 2, repr(i), str(i), bool(i), [i], i == 5, hash(i) == hash(5))
class MyFloat(float):
    def __round__(self, n=None): return "rounded"
print(round(MyFloat(1.5)), MyFloat(2.5) + 1)
class MyTuple(tuple):
    def __new__(cls, *items): return super().__new__(cls, items)
    def __repr__(self): return "MyTuple" + tuple.__repr__(self)
t = MyTuple(1, 2)
print(t, len(t), t[0], t + (3,), type(t + (3,)).__name__, type(t[:1]).__name__)
class MySet(set):
    def add(self, x): set.add(self, x * 2)
ms = MySet([1])
ms.add(5)
print(sorted(ms), type(ms | {1}).__name__)
