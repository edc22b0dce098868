def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "one one one"
print(s.replace("one", "two"), s.replace("one", "two", 1), s.replace("one", "two", 0), s.replace("one", "two", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", ""), "aaaa".replace("aa", "b"))
print("héllo".replace("é", "e"), "abc".replace("b", "€"), "€€".replace("€", "e"), "x".replace("y", "z"))
t(lambda: "a".replace("a"))
t(lambda: "a".replace("a", 1))
t(lambda: "a".replace(1, "a"))
t(lambda: "a".replace("a", "b", "c"))
t(lambda: "a".replace("a", "b", 1, 2))
t(lambda: "a".replace(old="a", new="b"))
