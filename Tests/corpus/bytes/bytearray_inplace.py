def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

ba = bytearray(b"ab")
ba2 = ba
ba += b"cd"
ba += bytearray(b"e")
ba *= 2
print(ba, ba2 is ba, ba2)
ba *= 0
print(ba, len(ba))
b = b"x"
b += b"y"
b *= 3
print(b)
t(lambda: bytearray(b"a").__iadd__("x"))
x = bytearray(b"q")
x += memoryview(b"rs")
print(x)
