def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "a" * 3 + "é" + "€" + "𝔘"
print(s, len(s), s[3:], s[:4], s[4:5], s[-1], s.upper(), s[::-1], s.replace("€", "E"), s.find("𝔘"), s.encode("utf-8"))
parts = ["x", "é", "€", "𝔘"]
print("".join(parts), "|".join(parts), [p * 2 for p in parts], sorted(parts), [ord(p) for p in parts])
print("€a"[1:] == "a", ("€a"[1:]).isascii(), "é€"[:1] == "é", ("a𝔘"[0:1]).isascii())
