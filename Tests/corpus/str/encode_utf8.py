def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["abc", "é", "€", "𝔘", "a\u0000b", ""]:
    print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), s.encode(encoding="utf_8"))
for h in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "namereplace"]:
    t(lambda: "a\ud800b".encode("utf-8", h))
t(lambda: "\udcff".encode("utf-8", "surrogateescape"))
t(lambda: "a".encode(1))
t(lambda: "a".encode("utf-8", 1))
t(lambda: "a".encode("nope"))
t(lambda: "\ud800".encode("utf-8", "bogus"))
t(lambda: "a".encode("utf-8", "bogus"))
t(lambda: "a".encode(encodin="x"))
