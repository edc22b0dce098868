# Augmented assignment on attributes, items and slices evaluates each part once.
class Obj:
    def __init__(self): self.__dict__["v"] = [1]
    def __getattr__(self, n):
        print("getattr", n)
        raise AttributeError(n)
    def __getattribute__(self, n):
        if n != "__dict__":
            print("get", n)
        return object.__getattribute__(self, n)
    def __setattr__(self, n, v):
        print("set", n, v)
        object.__setattr__(self, n, v)
o = Obj()
o.v += [2]
print(o.__dict__["v"])
o.v *= 2
class Seq:
    def __init__(self): self.data = {0: 10}
    def __getitem__(self, k):
        print("getitem", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.data[k] = v
def key():
    print("key evaluated")
    return 0
s = Seq()
s[key()] += 5
print(s.data)
l = [1, 2, 3]
l[1:2] += [9]
print(l)
d = {"a": 1}
d["a"] -= 1
d.setdefault("b", 0)
d["b"] |= 4
print(d)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError:", e)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
