# float.hex() and float.fromhex(): exact round trips, correct rounding, errors.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan'), 2.0**-1022, 2.0**-1023, 3.0, 1234.5]:
    h = v.hex()
    print(repr(v), h, repr(float.fromhex(h)))
for s in ['0x1.8p1', ' -0x1.8P+1 ', '1.8', '0x.8', '0x1.', 'inf', '-Infinity', 'nan', '-nan', '0x1p-1074', '0x1p-1075',
          '0x3p-1076', '0x1p-1076', '0x1.fffffffffffff8p0', '0x1.fffffffffffff7p1023', '0X1P-2', '1p1', 'ff', '0XABCDEFp0',
          '0x' + '0' * 300 + '1p0', '0x0p99999999999999999999', '0x1p-99999999999999999999', '0x1.000000000000080000001p0',
          '0x1.00000000000008p0', '0x1.00000000000018p0', '0x0.0000000000001p-1022', '0x0.00000000000008p-1022',
          '0x0.00000000000008000001p-1022', '-0x0p0', '0x1.0000000000000p+0', '\t0x1p3\n', '0x1p+0', '0x10p-4']:
    check(lambda: float.fromhex(s))
for s in ['0x.p1', '0x1p', '0x', '', ' ', '0x1_0', 'x1', '0x1.8p1.5', '0x1pp1', '0x1p1 x', '0xg', '--0x1', 'infx', '0x1e']:
    check(lambda: float.fromhex(s))
for s in ['0x1p1024', '0x1.fffffffffffff8p1023', '0x1p99999999999999999999', '-0x2p1023']:
    check(lambda: float.fromhex(s))
check(lambda: float.fromhex(1))
check(lambda: float.fromhex())
check(lambda: float.fromhex(b'0x1p1'))
class F(float):
    pass
r = F.fromhex('0x1p4')
print(type(r).__name__, r)
