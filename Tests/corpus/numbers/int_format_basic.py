# format() of ints with the presentation types b c d o x X n and none.
vals = [0, 1, -1, 42, 255, -255, 65, 1234567, -1234567, 2**64, -(2**70), True, False]
for v in vals:
    print(v, [format(v, t) for t in ['', 'd', 'b', 'o', 'x', 'X', 'n', '#b', '#o', '#x', '#X']])
for cp in [65, 97, 48, 0x263A, 0x1F600, 0x10FFFF, 0, 10, 233]:
    print(repr(format(cp, 'c')))
print(f'{255:x} {255:#X} {-8:b} {8:#o} {1000000:n} {7:d}')
print(format(10**25, 'x'), format(-(10**25), '#b'), format(2**100, 'o'))
print('{:d} {:x} {:c}'.format(10, 255, 66), '%d %x %o' % (10, 255, 8))
print(int.__format__(5, ''), int.__format__(True, ''), int.__format__(True, 'd'), format(True, ''))
