# int.from_bytes from bytes, iterables and objects with __bytes__; subclasses call cls().
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: int.from_bytes(b'\x00\x10'))
check(lambda: int.from_bytes(b'\x00\x10', 'little'))
check(lambda: int.from_bytes(b'\xff\xff', 'big', signed=True))
check(lambda: int.from_bytes(b'\x7f\xff', 'big', signed=True))
check(lambda: int.from_bytes(b'\x80' + b'\x00' * 10, 'big', signed=True))
check(lambda: int.from_bytes(b'', 'big'))
check(lambda: int.from_bytes(b'', 'big', signed=True))
check(lambda: int.from_bytes([1, 2, 3], 'big'))
check(lambda: int.from_bytes((255, 0), 'little'))
check(lambda: int.from_bytes(bytearray(b'\x01\x02'), 'big'))
check(lambda: int.from_bytes(iter([1, 0]), 'big'))
check(lambda: int.from_bytes([256], 'big'))
check(lambda: int.from_bytes([-1], 'big'))
check(lambda: int.from_bytes('ab', 'big'))
check(lambda: int.from_bytes(5, 'big'))
check(lambda: int.from_bytes(b'\x01', 'x'))
check(lambda: int.from_bytes(b'\x01', byteorder=None))
check(lambda: int.from_bytes())
check(lambda: int.from_bytes(b'', 'big', False))
class B:
    def __bytes__(self):
        return b'\x01\x00'
check(lambda: int.from_bytes(B(), 'big'))
check(lambda: bool.from_bytes(b'\x01', 'big'))
check(lambda: bool.from_bytes(b'\x00', 'big'))
class MyInt(int):
    pass
r = MyInt.from_bytes(b'\x02', 'big')
print(type(r).__name__, r)
for n in [0, 1, 255, 256, 2**64 - 1, 2**100 + 3]:
    for signed in (False, True):
        for order in ('big', 'little'):
            length = (n.bit_length() + 8) // 8
            for v in ([n, -n] if signed else [n]):
                b = v.to_bytes(length, order, signed=signed)
                print(v, b.hex(), int.from_bytes(b, order, signed=signed) == v)
