def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "aaaa"
print(s.count("a"), s.count("aa"), s.count(""), s.count("", 2), s.count("", 5), s.count("", 4), s.count("a", 1, 3), s.count("a", -2), s.count("aaaaa"))
print("".count(""), "".count("a"), "abc".count("", -1), "abc".count("", 1, 1), "abc".count("", 2, 1))
print("ééé".count("é"), "a€a€".count("€", 2), "x".count("x", 0, 100))
