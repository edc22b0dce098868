def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for w in [-1, 0, 3, 5, 6, 7, 10]:
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "€")), repr("ab".center(w, "-")))
print(repr("".center(3)), repr("a".center(4)), repr("ab".center(5)), repr("abc".center(6)))
t(lambda: "a".center())
t(lambda: "a".center(1, "ab"))
t(lambda: "a".center(1, 2))
t(lambda: "a".center("a"))
t(lambda: "a".ljust(2.0))
t(lambda: "a".rjust(1, "", 3))
