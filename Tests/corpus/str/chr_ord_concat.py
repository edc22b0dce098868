def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(chr(65), chr(0x20ac), chr(0x1f600), ord("a"), ord("€"), ord("𝔘"))
t(lambda: ord("ab"))
t(lambda: ord(""))
t(lambda: chr(0x110000))
t(lambda: chr(-1))
acc = ""
for i in range(200):
    acc += chr(97 + i % 26)
print(len(acc), acc[:30], acc[-5:])
print(("ab" * 1000).count("ab"), ("xyz" * 500).find("zx", 1000), ("é" * 100 + "x").find("x"))
