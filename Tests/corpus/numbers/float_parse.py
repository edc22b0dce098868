# float(str): whitespace, signs, inf/nan spellings, underscores between digits, exponents, bytes.
cases = ['1', ' 1.5 ', '-0', '+.5', '5.', '1e5', '1E-5', '-1.5e+3', '1_000.5', '1_0e1_0', '0_0.0_1', 'inf', '-Infinity',
         '+INF', 'iNfInItY', 'nan', '-NaN', '+nan', '\t\n1\x0c', '\u2003 3.5 \u3000', '\u0663.\u0665', '1e400',
         '-1e400', '1e-400', '4.9e-324', '2.4703282292062328e-324', '2.4703282292062327e-324',
         '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308', '0.1', '000.000',
         '123456789012345678901234567890', '.5e1', '5.e-1', '00001', '1' * 400, '0.' + '0' * 400 + '1']
for s in cases:
    print(repr(s), repr(float(s)))
print(float(b'1.25'), float(b' -2 '), float(bytearray(b'3e2')), float(), float(0), float(-5), float(True))
print(float(2**53 + 1), float(2**64), float(-(2**80 + 2**27)), float(10**308))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()), float(1.5), type(float(1.5)).__name__)
