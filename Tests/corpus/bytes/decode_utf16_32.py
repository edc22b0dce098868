def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for b, e in [(b"\xff", "utf-16"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdc", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le"),
             (b"\x00", "utf-32"), (b"\xff\xfe\x00", "utf-16"), (b"\xfe\xff\x00a", "utf-16"), (b"\xff\xfea\x00", "utf-16"), (b"a\x00", "utf-16"),
             (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32"), (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\xd8\x3d\xde\x00", "utf-16-be")]:
    for h in ["strict", "replace", "ignore", "backslashreplace", "surrogatepass"]:
        t(lambda: b.decode(e, h))
