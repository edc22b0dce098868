import struct
def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for fmt in 'bBhHiIlLqQnN':
    for pre in ['', '<', '>', '=', '!', '@']:
        if fmt in 'nN' and pre not in ('', '@'):
            continue
        for v in [0, 5, 127, 128, 255, 256, 300, -300, 70000, -70000, 2**31, 2**32, -1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 1.5, '1', True]:
            r = None
            try:
                r = struct.pack(pre + fmt, v)
                back = struct.unpack(pre + fmt, r)
            except Exception as e:
                print(pre + fmt, repr(v), type(e).__name__ + ':', e)
            else:
                print(pre + fmt, repr(v), r, back)
class Idx:
    def __index__(self): return 5
class Flt:
    def __float__(self): return 2.5
for fmt in ['i', '<Q', '?', 'e', 'd', 'f', '<f', '>d', '>e']:
    check(struct.pack, fmt, Idx())
    check(struct.pack, fmt, Flt())
for v in [0.0, -0.0, 1.0, 0.1, 65504.0, 65520.0, 1e-8, 6e-8, 1e300, -1e300, float('inf'), float('-inf'), float('nan'), 3.4e38, 3.5e38, 1.401298464324817e-45]:
    for fmt in ['e', '<e', '>e', 'f', '<f', '>f', 'd', '<d', '>d']:
        try:
            b = struct.pack(fmt, v)
            print(fmt, v, b, struct.unpack(fmt, b))
        except Exception as e:
            print(fmt, v, type(e).__name__ + ':', e)
for fmt in ['@bhiqd', '=bhiqd', 'bd0l', '5s3p2x?P', 'cbB?', 'hi', 'ih', 'bq', '<bq', '>bq', 'xi', 'ix', '3x', '0i', 'iii', '2h3d', ' i  h ', '!LLL', 'nN', 'P', 'e', '@e', 'qqqqb', '10s', '255p']:
    check(struct.calcsize, fmt)
for fmt in ['z', '3', 'i\x00', '99999999999999999999i', '9999999999999999999i', '<n', '>P', '=N', '3 i', 'é', b'i', b'<h', 123, None]:
    check(struct.calcsize, fmt)
check(struct.pack, 'c', b'ab'); check(struct.pack, 'c', 'a'); check(struct.pack, 'c', 1); check(struct.pack, 'c', bytearray(b'a'))
check(struct.pack, 's', 'a'); check(struct.pack, 'p', 1); check(struct.pack, 's', bytearray(b'ab')); check(struct.pack, '3p', bytearray(b'ab'))
check(struct.pack, '?', []); check(struct.pack, '?', [1]); check(struct.pack, 'P', -1); check(struct.pack, 'P', 1.5); check(struct.pack, 'P', 2**64)
check(struct.pack, 'i'); check(struct.pack, 'i', 1, 2); check(struct.pack); check(struct.pack, 'i', 1, x=2)
check(struct.pack, '5p', b'abcdefgh'); check(struct.pack, '3s', b'abcdefgh'); check(struct.pack, '0s', b'a'); check(struct.pack, '1p', b'a'); check(struct.pack, '0p', b'a')
check(struct.pack, '300p', b'a' * 300); check(struct.unpack, '3p', b'\x05ab'); check(struct.unpack, '300p', b'\xff' + b'a' * 299)
check(struct.unpack, 'i', b'12'); check(struct.unpack, 'i'); check(struct.unpack, 'i', 'abcd'); check(struct.unpack, 'i', memoryview(b'abcd')); check(struct.unpack, 'i', bytearray(b'abcd'))
check(struct.unpack_from, 'i', b'12', 1); check(struct.unpack_from, 'i', b'12345', -1); check(struct.unpack_from, 'i', b'12345', -10)
check(struct.unpack_from, 'i', b'123456789', -5); check(struct.unpack_from, 'i', buffer=b'abcdabcd', offset=4); check(struct.unpack_from, 'i', b'abcd', offset=4)
check(struct.unpack_from, '', b'', 0); check(struct.unpack_from, '', b'', 1); check(struct.unpack_from, format='i', buffer=b'abcd')
ba = bytearray(10)
check(struct.pack_into, 'i', ba, 0, 1); check(struct.pack_into, '>h', ba, 8, -2); check(struct.pack_into, 'b', ba, -3, 7); print(ba)
check(struct.pack_into, 'i', bytearray(2), 0, 1); check(struct.pack_into, 'i', bytearray(8), 6, 1); check(struct.pack_into, 'i', bytearray(8), -9, 1)
check(struct.pack_into, 'i', bytearray(8), -2, 1); check(struct.pack_into, 'i', b'12345678', 0, 1); check(struct.pack_into, 'i', bytearray(4)); check(struct.pack_into, 'i')
check(struct.pack_into, 'i', bytearray(4), 'x', 1); check(struct.pack_into, 'ii', bytearray(8), 0, 1)
mv = memoryview(ba); struct.pack_into('<H', mv, 2, 0xABCD); print(ba)
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00'); print(type(it).__name__, it.__length_hint__(), list(it), it.__length_hint__())
check(struct.iter_unpack, 'i', b'123'); check(struct.iter_unpack, '', b'')
s = struct.Struct(b'<ih'); print(s.format, s.size, type(s.format).__name__, type(s).__name__, struct.Struct.__module__)
print(s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), s.unpack_from(b'xx\x01\x00\x00\x00\x02\x00', 2), list(s.iter_unpack(b'\x01\x00\x00\x00\x02\x00' * 2)))
check(s.pack, 1); check(s.unpack, b'1'); check(s.pack, 1, 2, 3); check(s.pack_into, bytearray(6), 0, 1, 2)
check(struct.Struct, 'i', 'x'); check(struct.Struct); check(struct.Struct, 1); print(struct.Struct(format='i').size)
class S(struct.Struct):
    pass
print(S('h').size, isinstance(S('h'), struct.Struct))
print(struct.error, struct.error.__mro__, struct.error.__module__, issubclass(struct.error, Exception))
try:
    struct.pack('b', 1000)
except struct.error as e:
    print('caught', e, e.args)
print(struct.pack('<3s2x?', b'ab', 2), struct.unpack('<3s2x?', b'ab\x00\x00\x00\x05'), struct.pack('@c', b'z'), struct.unpack('>e', b'<\x00'))
print(struct.pack('<?', 2), struct.unpack('<?', b'\x02'), struct.unpack('?', b'\x00'))
print(struct.unpack('<q', b'\xff' * 8), struct.unpack('>Q', b'\xff' * 8), struct.unpack('P', b'\xff' * 8))
print(struct.pack('>iHb?', -2, 65535, -128, 0), struct.pack('@bi', 1, 2), struct.pack('=bi', 1, 2), struct.pack('@iq', 1, 2))
print(struct.__all__, sorted(x for x in dir(struct) if not x.startswith('__')))
struct._clearcache()
