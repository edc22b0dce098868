def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for b in [b"abc", b"\xc3\xa9", b"\xe2\x82\xac", b"\xf0\x9d\x94\x98"]:
    print(b.decode(), b.decode("utf-8"), b.decode("latin-1"), bytearray(b).decode())
for b, e in [(b"\xff", "utf-8"), (b"\xe2\x82", "utf-8"), (b"\xe2\x28\xa1", "utf8"), (b"\xed\xa0\x80", "utf-8"), (b"\xf4\x90\x80\x80", "utf-8"),
             (b"\xc0\x80", "utf-8"), (b"a\x80", "ascii"), (b"\x81", "cp1252")]:
    for h in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"]:
        t(lambda: b.decode(e, h))
t(lambda: b"".decode(1))
t(lambda: b"a".decode("nope"))
t(lambda: b"\xff".decode("utf-8", "bogus"))
print(b"abc".decode("ascii", "bogus"))
