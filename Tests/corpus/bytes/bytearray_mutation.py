def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

ba = bytearray(b"hello")
ba[0] = 74
ba[-1] = ord("O")
print(ba)
ba[1:3] = b"EL"
print(ba)
ba[1:3] = b"xyz"
print(ba)
ba[::2] = b"123"
print(ba)
del ba[0]
print(ba)
del ba[::2]
print(ba)
ba[len(ba):] = [65, 66]
print(ba)
ba[0:0] = bytearray(b"<")
print(ba)
t(lambda: ba.__setitem__(0, 256))
t(lambda: ba.__setitem__(0, "a"))
t(lambda: ba.__setitem__(slice(0, 4, 2), b"abc"))
t(lambda: ba.__setitem__(100, 1))
t(lambda: ba.__setitem__(slice(0, 1), 5))
t(lambda: ba.__setitem__(slice(0, 1), "s"))
t(lambda: ba.__delitem__(100))
