def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "hello world, hello"
for args in [("o",), ("o", 5), ("o", 5, 7), ("hello", 1), ("", 3), ("", 100), ("z",), ("o", -3), ("o", None, 5), ("lo", -100, 100), ("", 18), ("", 19)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
print(s.index("world"), s.rindex("hello"))
t(lambda: s.index("zz"))
t(lambda: s.rindex("zz", 0, 3))
t(lambda: s.find())
t(lambda: s.find(1))
t(lambda: s.find("a", "x"))
t(lambda: s.find("a", 1, 2, 3))
t(lambda: s.count())
t(lambda: s.find(sub="a"))
print("ééaé".find("a"), "ééaé".rfind("é"), "€a€".count("€"), "a€".find("€"), "abc".find("€"))
