def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["a,b,,c", ",", "", "abc", "a::b::c", ",a,"]:
    print(s.split(","), s.split(",", 1), s.rsplit(",", 1), s.split("::"), s.rsplit(sep=",", maxsplit=2))
t(lambda: "a".split(""))
t(lambda: "a".split(1))
t(lambda: "a".split(",", "x"))
t(lambda: "a".split(",", 1, 2))
t(lambda: "a".split(x=1))
t(lambda: "a".rsplit(""))
print("a,b,c".split(",", -1))
t(lambda: "a,b,c".split(",", 2**70))
