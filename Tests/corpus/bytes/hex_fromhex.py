def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = bytes([1, 0xab, 0xff, 0x10, 0])
print(b.hex(), b.hex(":"), b.hex(":", 2), b.hex(":", -2), b.hex(b"-", 3), b.hex(" ", 1), bytearray(b).hex("_"), b"".hex(":"))
print(bytes.fromhex("0a 0B ff"), bytearray.fromhex(" 01 02"), bytes.fromhex(""), bytes.fromhex("abcdef"))
t(lambda: bytes.fromhex("zz"))
t(lambda: bytes.fromhex("a"))
t(lambda: bytes.fromhex("0a0"))
t(lambda: bytes.fromhex(1))
t(lambda: b.hex("ab"))
t(lambda: b.hex(1))
t(lambda: b.hex("é"))
