# Fill, alignment, sign, width, zero padding and '#' prefixes for ints.
specs = ['5', '<5', '>5', '^5', '=5', '*<6', '*>6', '*^6', '*=6', '+', '-', ' ', '+5', ' 5', '05', '+05', '-05', ' 05',
         '<05', '>05', '^05', '=+8', 'x^9', '0<6', '#010x', '+#010x', ' #010b', '#=10o', '#<10x', '#^11X', '010', '020b',
         '\u20ac^9', '\U0001F600>5', '=^7', '0=7', '10d', '-10d', '+010d', '+^9d']
for v in [0, 7, -7, 1234, -1234, 2**40]:
    print(v, [format(v, s) for s in specs])
print(repr(format(65, '^5c')), repr(format(65, '=5c')), repr(format(65, '05c')), repr(format(65, '*<3c')),
      repr(format(0x263A, '>4c')), repr(format(0x1F600, '*^5c')))
