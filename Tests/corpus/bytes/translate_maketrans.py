def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t1 = bytes.maketrans(b"abc", b"xyz")
print(len(t1), t1[97:100], b"aabbcc".translate(t1), b"abc".translate(None, b"b"), b"abc".translate(t1, b"a"), bytearray(b"ab").translate(t1))
print(b"hello".translate(None), bytearray.maketrans(b"a", b"b")[97])
t(lambda: bytes.maketrans(b"a", b"bc"))
t(lambda: bytes.maketrans("a", "b"))
t(lambda: b"".translate(b"abc"))
t(lambda: b"".translate(1))
