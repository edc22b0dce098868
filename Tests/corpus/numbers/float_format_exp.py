# Exponent formatting: e E with precisions, exponent digits, specials.
vals = [0.0, -0.0, 1.0, 12345.678, -0.000123, 1e16, 1e100, 1e-100, 1.7976931348623157e308, 5e-324, 9.9999995,
        0.5, 1.5e-7, float('inf'), float('nan'), 2.5, 3.5]
for v in vals:
    print(repr(v), [format(v, s) for s in ['e', 'E', '.0e', '.1e', '.2E', '.10e', '.20e', '#.0e', '+e', ' .3e']])
print(format(1e300, '.50e'), format(2.0**-1074, '.40e'))
print('%e %.3E %10.2e|' % (123.456, 0.001, -5.0))
