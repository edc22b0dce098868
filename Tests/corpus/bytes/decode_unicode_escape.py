def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for b in [b"abc", b"a\\tb", b"\\x41\\u20ac\\U0001F600", b"\\N{EURO SIGN}", b"\\101", b"\\\n", b"\xe9"]:
    print(b, repr(b.decode("unicode_escape")), repr(b.decode("raw_unicode_escape")))
for b in [b"\\x4", b"\\u12", b"\\U0011ffff", b"\\N{NOPE}", b"\\N", b"\\"]:
    t(lambda: b.decode("unicode_escape"))
    t(lambda: b.decode("unicode_escape", "replace"))
