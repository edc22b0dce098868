def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["a b  c", "  lead and trail  ", "", "   ", "one", "a\tb\nc\x0bd\x0ce\x1cf", "a\u3000b\u00a0c\u2028d", "x  y  z"]:
    print(s.split(), s.split(None, 1), s.rsplit(), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=0))
