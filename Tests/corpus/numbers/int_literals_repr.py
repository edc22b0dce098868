# Integer literals in every base, underscores, big values, repr/str.
print(0, 7, -7, 0b1011, 0o777, 0xDEADbeef, 0B1, 0O7, 0XfF)
print(1_000_000, 0x_ff_ff, 0b_1010_1010, 0o_17)
print(123456789012345678901234567890, -98765432109876543210987654321)
print(2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64)
print(repr(10**40), str(-10**40), repr(True), str(False))
print(0xffffffffffffffffffffffffffffffff, 0o7777777777777777777777777, 0b1 << 100)
print(type(2**62), type(2**64), type(-(2**64)), type(True))
for v in [0, 1, -1, 255, -256, 2**70, -(2**70) + 1]:
    print(v, repr(v), str(v), bin(v), oct(v), hex(v))
print(int.__repr__(5), int.__repr__(True), repr(10**20 - 10**20), str(+(2**64)))
