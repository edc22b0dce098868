def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

data = bytes(range(128, 256))
for e in ["cp1252", "cp437", "koi8_r", "iso8859_15", "mac_roman", "cp850", "latin_1", "iso-8859-2", "windows-1251"]:
    t(lambda: data.decode(e, "replace"))
t(lambda: b"\x81".decode("cp1252"))
print(b"\xcf\xf0\xe8\xe2\xe5\xf2".decode("cp1251"))
