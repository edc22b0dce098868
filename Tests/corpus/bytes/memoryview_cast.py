def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

m = memoryview(b"\x01\xff\x80A")
c = m.cast("b")
print(c.format, c.tolist(), c[1], m.cast("c").tolist(), m.cast("B").tolist(), m.cast("c")[3])
t(lambda: m.cast("x"))
t(lambda: m.cast(1))
t(lambda: m[::2].cast("b"))
ba = bytearray(b"\x00\x00")
w = memoryview(ba).cast("b")
w[0] = -1
w[1] = 127
print(ba)
t(lambda: w.__setitem__(0, 128))
cm = memoryview(bytearray(b"ab")).cast("c")
cm[0] = b"z"
print(cm.tobytes())
t(lambda: cm.__setitem__(0, 1))
