def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for b in [b"a b  c", b"  x  ", b"", b"a,b,,c", b"a\tb\nc\x0bd\x0ce\x1cf"]:
    print(b.split(), b.split(b","), b.split(None, 1), b.rsplit(None, 1), b.rsplit(b",", 1), b.split(maxsplit=1))
print(bytearray(b"a,b").split(b","), b",".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b"-").join([b"x", b"y"]))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\n".splitlines(True), b"x\x0by\x0c".splitlines())
t(lambda: b"a".split("a"))
t(lambda: b"a".split(b""))
t(lambda: b"".join([1]))
t(lambda: b"".join(["a"]))
t(lambda: b"".join(1))
