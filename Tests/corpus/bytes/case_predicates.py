def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for b in [b"hello World", b"ABC", b"abc123", b"", b"  ", b"Hello World", b"\xe9A", b"x_y", b"123"]:
    print(b, b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.isalpha(), b.isalnum(), b.isdigit(), b.isspace(), b.islower(), b.isupper(), b.istitle(), b.isascii())
print(bytearray(b"ab").upper(), type(bytearray(b"ab").upper()).__name__)
t(lambda: b"a".upper(1))
