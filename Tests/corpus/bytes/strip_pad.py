def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for b in [b"  a b  ", b"\t\n x \r", b"xxhixx", b""]:
    print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b"x"), b.strip(b"xh"), bytearray(b).strip())
for w in [0, 3, 5, 6]:
    print(b"abc".center(w), b"abc".ljust(w, b"*"), b"abc".rjust(w, bytearray(b"-")), b"ab".center(w, b"."))
print(b"42".zfill(5), b"-42".zfill(5), b"+4".zfill(3), b"".zfill(2), bytearray(b"7").zfill(3))
print(b"a\tb".expandtabs(), b"ab\tc".expandtabs(4), b"a\nb\tc".expandtabs(2))
t(lambda: b"a".strip("a"))
t(lambda: b"a".strip(1))
t(lambda: b"a".center(5, "a"))
t(lambda: b"a".center(5, b"ab"))
