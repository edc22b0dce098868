def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for e in ["cp1252", "cp437", "koi8_r", "iso8859_15", "mac_roman", "cp850", "windows-1252"]:
    t(lambda: "aé€".encode(e))
    t(lambda: "aé€\u0100".encode(e, "replace"))
    t(lambda: "\u0100x".encode(e))
print("Привет".encode("koi8-r"), "Привет".encode("cp1251"))
