def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(b"%s %d" % (b"x", 5), b"%r" % "x", b"%a" % "\xe9", b"%c" % 65, b"%c" % b"z", b"%x|%5.2f|%-4d|" % (255, 2.5, 7), b"%(a)s" % {b"a": b"z"})
print(b"%b" % bytearray(b"ba"), b"%s" % memoryview(b"mv"), b"%5s|%-5s|%.1s" % (b"ab", b"ab", b"ab"), b"%%" % (), bytearray(b"%d") % 3)
for f, a in [(b"%s", "x"), (b"%c", 256), (b"%c", b"ab"), (b"%b", 5), (b"%d", b"1"), (b"%s %s", b"a"), (b"%s", (1, 2)), (b"%z", 1)]:
    t(lambda: f % a)
class B:
    def __bytes__(self): return b"BB"
print(b"%s" % B())
