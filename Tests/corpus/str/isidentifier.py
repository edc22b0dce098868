def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["a", "_", "a1", "1a", "", "é", "变量", "a b", "a-b", "ℕ", "℘", "·", "a·", "٣", "a٣", "_٣", "\u2118x", "ǅ", "Ⅷ", "x\u0300", "\u0300x", "🐍", "None", "def", "ᢅ", "a\u200d"]:
    print(repr(s), s.isidentifier())
