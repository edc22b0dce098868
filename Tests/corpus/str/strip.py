def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["  a b  ", "\t\n x \r", "xxhixx", "", "\u3000a\u2028"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip("xh")), repr(s.strip(None)))
print("abcba".strip("ab"), "€a€".strip("€"), "aaa".lstrip("a"))
t(lambda: "a".strip(1))
t(lambda: "a".lstrip(1))
t(lambda: "a".rstrip("a", "b"))
