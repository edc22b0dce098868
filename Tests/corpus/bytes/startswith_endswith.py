def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = b"hello world"
for a in [(b"hello",), (b"world",), ((b"x", b"hell"),), (b"o", 4), (b"wor", 6, 9), (b"", 11), (b"", 12), (bytearray(b"he"),)]:
    print(a, b.startswith(*a), b.endswith(*a), bytearray(b).startswith(*a))
t(lambda: b.startswith("a"))
t(lambda: b.startswith(("a",)))
t(lambda: b.endswith(1))
