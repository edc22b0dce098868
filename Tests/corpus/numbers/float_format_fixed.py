# Fixed-point float formatting: f F % with precisions, correctly rounded ties to even.
vals = [0.0, -0.0, 1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 2.675, 1.005, 1/3, 123456.789, 1e16, 1e22, 1.5e300, 5e-324, 1e-10,
        -1234.5, float('inf'), float('-inf'), float('nan'), 0.045, 99.995]
for v in vals:
    print(repr(v), [format(v, s) for s in ['f', 'F', '.0f', '.1f', '.2f', '.3f', '.10f', '.20f', '%', '.0%', '.3%', '#.0f', '#.0%']])
print(format(1e300, '.2f')[:40], len(format(1e300, 'f')), format(5e-324, '.330f')[-10:], format(0.1, '.60f'))
print(f'{3.14159:.2f} {2.5:.0f} {3.5:.0f} {-0.5:.0f} {0.0049:.2f} {0.0051:.2f} {1e-300:.3f}')
print('%.2f %5.1f %-8.3f| %+.1f %F' % (2.345, 3.14159, 2.5, 1.0, float('inf')))
