def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for e in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf_16", "UTF-32LE"]:
    print(e, "a€𝔘".encode(e))
    for h in ["strict", "replace", "ignore", "surrogatepass", "backslashreplace"]:
        t(lambda: "x\ud800".encode(e, h))
