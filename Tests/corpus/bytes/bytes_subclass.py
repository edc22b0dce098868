def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class B(bytes):
    def extra(self): return b"!" + self
b = B(b"abc")
print(b, b.extra(), type(b).__name__, type(b + b"d").__name__, type(b[1:]).__name__, b.upper(), type(b.upper()).__name__, isinstance(b, bytes))
print(bytes(b), type(bytes(b)).__name__, b == b"abc", hash(b) == hash(b"abc"), b.__bytes__(), type(b.__bytes__()).__name__)
print(B.fromhex("41"), type(B.fromhex("41")).__name__, bytearray.fromhex("42"))
