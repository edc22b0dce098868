# Fill, alignment, sign, width, zero padding, 'z' and '#' for floats.
specs = ['10', '<10', '>10', '^10', '=10', '*^12', '+', '-', ' ', '+10.2f', ' 010.2f', '010.2f', '-010.2f', '<010.2f',
         '^010.2f', '=+10.1f', 'x=+12.3e', '010', '015e', '#010.0f', 'z', 'z.1f', 'z.0f', 'z.2e', 'z.1%', 'zg', '+z.1f',
         ' z.1f', 'z010.1f', 'z#.0f', '\u2022^9.1f', '020g', '-^9']
for v in [0.0, -0.0, 1.5, -1.5, -0.001, 1234.5678, -1e-9, 1e20, float('inf'), float('-inf'), float('nan')]:
    print(repr(v), [format(v, s) for s in specs])
print(f'{-0.0:z} {-0.0001:z.2f} {-0.5:z.0f} {-1.5:z.0f}')
