def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("%s %s" % ("a", "b"), "%d%%" % 50, "%r" % "x", "%a" % "é", "%s" % None, "%s" % [1], "%s" % (1,), "%(a)s %(b)r" % {"a": 1, "b": "x"})
print("%5s|%-5s|%.1s|%5.1r" % ("ab", "ab", "ab", "ab"), "%c%c" % (65, "b"), "%5c|%-3c|" % ("x", 0x1F600))
print("%s" % {}, "%s %(a)s" % {"a": 1}, "abc" % (), "abc" % {}, "abc" % [], "%((a))s" % {"(a)": 3}, "%%" % ())
print("%*d|%-*d|%.*f" % (5, 3, -5, 3, 2, 3.14159), "%ld %hd %Ld" % (1, 2, 3))
