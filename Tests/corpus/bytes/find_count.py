def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = b"hello world, hello"
for args in [(b"o",), (b"o", 5), (b"o", 5, 7), (b"hello", 1), (b"", 3), (b"z",), (111,), (b"o", -3), (bytearray(b"l"),), (memoryview(b"ll"),)]:
    print(args[0] if not isinstance(args[0], memoryview) else "mv", args[1:], b.find(*args), b.rfind(*args), b.count(*args))
print(b.index(b"world"), b.rindex(b"hello"), bytearray(b).index(104))
t(lambda: b.index(b"zz"))
t(lambda: b.rindex(b"zz"))
t(lambda: b.find("a"))
t(lambda: b.find(256))
t(lambda: b.count("a"))
t(lambda: b.find())
t(lambda: bytearray(b"abc").index(b"z"))
