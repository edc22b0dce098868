# Subclasses of builtin types: attributes, __dict__, construction, repr.
class MyList(list):
    pass
l = MyList([1, 2])
l.name = "mine"
print(l, l.name, l.__dict__, type(l).__name__, isinstance(l, list), len(l))
class MyDict(dict):
    pass
d = MyDict(a=1)
d.extra = True
print(d, d.extra, d.__dict__)
class MyInt(int):
    pass
i = MyInt(7)
i.note = "seven"
print(i, i + 1, i.note, type(i + 1).__name__, i.__dict__)
class MyStr(str):
    pass
s = MyStr("abc")
s.x = 1
print(s, s.upper(), type(s.upper()).__name__, s.x, s[0], type(s[0]).__name__)
class MyFloat(float):
    pass
f = MyFloat(1.5)
f.unit = "m"
print(f, f * 2, f.unit, repr(f))
class MyTuple(tuple):
    pass
t = MyTuple([1, 2])
t.label = "pair"
print(t, t.label, t + (3,), type(t + (3,)).__name__)
class MySet(set):
    pass
st = MySet([1])
st.tag = "s"
print(st, st.tag, type(st | {2}).__name__)
class MyBytes(bytes):
    pass
b = MyBytes(b"xy")
b.enc = "raw"
print(b, b.enc, b.hex())
class MyException(Exception):
    pass
e = MyException("m")
e.code = 3
print(e, e.code, e.__dict__)
# Equality and hashing follow the builtin.
print(MyInt(3) == 3, hash(MyStr("a")) == hash("a"), MyList([1]) == [1], {MyInt(1): "x"}[1])
