def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["abc", "a\tb\n", "\\", "é", "€", "𝔘", "\x00", "'\""]:
    print(s.encode("unicode_escape"), s.encode("raw_unicode_escape"))
