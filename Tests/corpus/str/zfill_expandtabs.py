def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["42", "-42", "+42", "", "abc", "-", "€1"]:
    print(repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(-1)))
for s in ["a\tb", "\t", "ab\tc\td", "12345678\tx", "a\nb\tc", "a\r\tb"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(tabsize=1)), repr(s.expandtabs(-3)))
t(lambda: "a".zfill())
t(lambda: "a".zfill("x"))
t(lambda: "a".expandtabs("a"))
t(lambda: "a".expandtabs(x=1))
