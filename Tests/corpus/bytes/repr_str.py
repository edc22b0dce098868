def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for b in [b"", b"abc", b"it's", b'say "x"', b"both ' \"", b"\x00\x01\t\n\r\x7f\x80\xff", b"\\", bytes(range(30, 40))]:
    print(repr(b), str(b), repr(bytearray(b)))
class BA(bytearray): pass
class BB(bytes): pass
print(repr(BA(b"x")), repr(BB(b"y")))
