def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for e in ["ascii", "latin-1", "iso-8859-1", "latin1", "us-ascii", "L1"]:
    for h in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape"]:
        t(lambda: "aé€\U0001f600\udc80".encode(e, h))
