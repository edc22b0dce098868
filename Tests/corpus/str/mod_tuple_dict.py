def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class M:
    def __getitem__(self, k): return k.upper()
print("%(abc)s-%(x)s" % M())
print("%s" % ((1, 2),), "%s-%s" % (1, 2), "%r" % ((1,),))
d = {"n": 5, "s": "str"}
print("%(n)05d|%(s)-6s|%(n)x" % d)
t(lambda: "%(missing)s" % d)
t(lambda: "%s %s" % d)
print("%s" % d)
