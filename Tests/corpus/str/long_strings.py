def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "abc" * 10000
print(len(s), s.count("ca"), s.find("cab", 29990), s.rfind("abc"), len(s.split("b")), len(s.replace("b", "")), s.upper()[-6:])
w = " ".join(["word"] * 1000)
print(len(w.split()), len(w.title()), w.isalpha(), w.replace(" ", "").isalpha())
e = "é" * 5000 + "€"
print(len(e.encode()), e.endswith("é€"), e.lower().count("é"), len(e.center(10005)))
