def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["hello", "HeLLo WoRLD", "straße", "ǅungla", "ΑΣ ΣΑΣ", "İstanbul", "ﬁnal", "ŉ", "ǰ", "123abc", "", "ÀÉÎ", "ꭰ", "ᾳ", "\u0130"]:
    print(repr(s.upper()), repr(s.lower()), repr(s.casefold()))
t(lambda: "a".upper(1))
t(lambda: "a".lower(x=1))
