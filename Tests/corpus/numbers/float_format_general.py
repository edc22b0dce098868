# General formats: g G n and the no-type form (repr-like, or 'g' with at least one decimal).
vals = [0.0, -0.0, 1.0, 10.0, 100.0, 1e5, 1e6, 1e15, 1e16, 1e17, 123456789.0, 0.0001, 0.00001, 1.5e-5, 1 / 3, 2 / 3,
        1234.5678, -98765.4321, 1e100, 5e-324, float('inf'), float('-inf'), float('nan'), 0.5, 9.9999, 99999.5, 999999.5]
for v in vals:
    print(repr(v), [format(v, s) for s in ['', 'g', 'G', 'n', '.0', '.1', '.2', '.3', '.10', '.17', '.0g', '.1g', '.3g',
                                          '.10g', '.20g', '#g', '#.3g', '#.0g', '#', '#.2', '.3n', '.1G']])
print(str(1e16), format(1e16, ''), format(1e16, '.16'), format(1e16, '.17'), format(123.0, '.2'), format(123.0, '.3'))
print('%g %G %.3g %#g %10.4g|' % (0.00001234, 1e20, 3.14159, 1.0, 123456.0))
