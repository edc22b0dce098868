def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

ba = bytearray(b"hello")
m = memoryview(ba)
m[0] = 72
m[1:3] = b"EL"
print(ba, m.readonly, m.tobytes())
t(lambda: ba.append(33))
t(lambda: ba.extend(b"x"))
t(lambda: ba.pop())
ba[0] = 106
print(m[0], bytes(m))
m.release()
ba.append(33)
print(ba)
t(lambda: m[0])
t(lambda: len(m))
t(lambda: m.tobytes())
with memoryview(bytearray(b"ctx")) as mm:
    print(mm.tobytes())
t(lambda: mm.__setitem__(0, 300))
m2 = memoryview(bytearray(b"ab"))
t(lambda: m2.__setitem__(0, 300))
t(lambda: m2.__setitem__(slice(0, 2), b"abc"))
t(lambda: m2.__delitem__(0))
