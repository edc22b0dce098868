def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["a=b=c", "abc", "=", "", "x==y"]:
    print(s.partition("="), s.rpartition("="), s.partition("=="), s.rpartition("=="))
t(lambda: "a".partition(""))
t(lambda: "a".rpartition(""))
t(lambda: "a".partition(1))
t(lambda: "a".partition())
