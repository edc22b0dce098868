def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(b"abc".__getnewargs__(), len(b"abc"), b"a b".title(), bytes.__len__(b"xy"), b"x".__bytes__())
print(sorted([b"b", b"a", b"ab", b""]), max(b"hello"), min(b"hello"), sum(b"abc"), b"abc"[1] + 1)
print([x for x in b"ab"], [k for k in b"ab"], set(b"aab") == {97, 98}, b"abc".count(b""), bytearray(b"abc").count(97))
print(b"%s" % b"x" + b"y", b"hello"[1:].center(8, b"_"), bytes(5).replace(b"\x00", b"."))
