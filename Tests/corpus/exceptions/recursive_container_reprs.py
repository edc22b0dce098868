d = {}
d["a"] = d
print(d)
l = []
l.append(l)
print(l, repr(l))
t = (l,)
print(t)
