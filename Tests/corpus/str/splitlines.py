def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["a\nb\r\nc\rd", "a\n\nb\n", "", "\n", "x\x0by\x0cz\x1c\x1d\x1e\x85w", "a\u2028b\u2029c", "no newline", "\r\n\r"]:
    print(s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
t(lambda: "a".splitlines("x"))
t(lambda: "a".splitlines(1.5))
t(lambda: "a".splitlines(a=1))
