def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = b"hello world"
print(b[0], b[-1], b[1:4], b[::2], b[::-1], b[100:], b[-3:], b[2:8:3])
ba = bytearray(b)
print(ba[0], ba[1:4], ba[::-1])
t(lambda: b[20])
t(lambda: b["x"])
t(lambda: b[1.5])
t(lambda: ba[20])
t(lambda: ba["x"])
print(list(b"abc"), list(bytearray(b"xy")), [x for x in b""])
print(type(iter(b"")).__name__, type(iter(bytearray())).__name__)
