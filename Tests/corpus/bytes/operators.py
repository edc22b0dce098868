def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(b"ab" + b"cd", b"ab" + bytearray(b"c"), bytearray(b"ab") + b"c", b"ab" * 3, 2 * b"x", b"x" * 0, bytearray(b"z") * 2)
print(b"a" in b"cat", 97 in b"abc", b"" in b"x", b"at" in bytearray(b"cat"), 120 in bytearray(b"xy"))
print(b"a" < b"b", b"a" < b"ab", b"abc" == bytearray(b"abc"), b"a" == "a", b"a" != "a", bytearray(b"b") > b"a", b"" <= b"")
t(lambda: b"ab" + "c")
t(lambda: "c" + b"ab")
t(lambda: b"a" < "b")
t(lambda: "a" in b"abc")
t(lambda: 256 in b"abc")
t(lambda: b"a" * b"b")
t(lambda: bytearray(b"a") + "x")
print(hash(b"abc") == hash(b"abc"), hash(b""))
t(lambda: hash(bytearray(b"a")))
