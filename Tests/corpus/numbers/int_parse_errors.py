# ValueError messages of int() for malformed strings (repr of the input, 200 chars at most).
def check(*args):
    try:
        print(repr(int(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['', ' ', 'x', '1x', '1 2', '+ 1', '--1', '+-1', '_1', '1_', '1__0', '0x', '0x_', '0x__1', '0b2',
          '12.5', '1e5', '0b1', '0o8', '١x', '1\x00', '\x001', 'inf', 'nan', '0_x1', '1_x', 'ß']:
    check(s)
for s, b in [('07', 0), ('0_7', 0), ('0b', 0), ('0x1', 10), ('0o7', 16), ('2', 2), ('9', 8), ('g', 16), ('0b1', 16), ('0x', 16), ('_', 16)]:
    check(s, b)
check('x' * 300)
check('\u0100' * 250)
check(b'x')
check(b'1\x002')
check(b'', 16)
check(bytearray(b'z'), 10)
