def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["hello world", "HELLO WORLD", "they're bill's friends", "ǆemal", "ßa", "ﬂour ﬁsh", "123 abc", "a1b2 c3", "", "ΣΑΣ ΣΑΣ", "o'neil", "ᾳ test"]:
    print(repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
t(lambda: "a".title(1))
t(lambda: "a".capitalize(None))
