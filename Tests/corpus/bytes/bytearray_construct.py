def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray(b"ab"), bytearray("é", "utf-8"), bytearray(range(65, 70)), bytearray(memoryview(b"mv")))
t(lambda: bytearray("ab"))
t(lambda: bytearray(-1))
t(lambda: bytearray([300]))
t(lambda: bytearray(1.5))
t(lambda: bytearray(b"a", "ascii"))
ba = bytearray(b"abc")
ba.__init__(b"xyz")
print(ba)
class BA(bytearray):
    def __init__(self, v, extra):
        super().__init__(v)
        self.extra = extra
x = BA(b"sub", 5)
print(x, x.extra, type(x).__name__, x.upper(), type(x.upper()).__name__, len(x))
