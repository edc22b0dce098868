def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(str(), str(5), str(1.5), str(None), str([1, "a"]), str(b"ab"), str("x"))
print(str(b"abc", "ascii"), str(b"\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(bytearray(b"xy"), "latin-1"))
print(str(object="o"), str(b"q", encoding="ascii"), str(b"\xffa", errors="ignore"))
t(lambda: str(1, "utf-8"))
t(lambda: str(b"a", 1))
t(lambda: str(b"a", errors=1))
t(lambda: str(x=1))
t(lambda: str(1, 2, 3, 4))
t(lambda: str("a", "utf-8"))
t(lambda: str(b"\xff", "ascii"))
t(lambda: str(b"a", "nope"))
class S(str): pass
s = S("hi")
print(type(s).__name__, s, s.upper(), type(s.upper()).__name__, type(str(s)).__name__, s == "hi", repr(s))
class R:
    def __str__(self): return "R!"
    def __repr__(self): return "Rr"
print(str(R()), repr(R()))
class Bad:
    def __str__(self): return 5
t(lambda: str(Bad()))
