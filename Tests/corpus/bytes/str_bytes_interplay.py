def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "héllo €"
for e in ["utf-8", "utf-16", "utf-32", "latin-1", "cp1252"]:
    try:
        b = s.encode(e)
        print(e, b, b.decode(e) == s, len(b))
    except Exception as ex:
        print(e, type(ex).__name__ + ":", ex)
print(s.encode("ascii", "ignore").decode(), s.encode("ascii", "xmlcharrefreplace").decode("ascii"))
print(s.encode("utf-8", "surrogateescape").decode("ascii", "surrogateescape").encode("ascii", "surrogateescape").decode("utf-8"))
print(b"\x80abc".decode("ascii", "surrogateescape"), repr(b"\xed\xb2\x80".decode("utf-8", "surrogatepass")))
print("€".encode("utf-8-sig"), b"\xef\xbb\xbf\xe2\x82\xac".decode("utf-8-sig"), b"\xe2\x82\xac".decode("utf-8-sig"))
