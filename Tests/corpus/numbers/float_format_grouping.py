# Thousands separators for floats.
specs = [',', '_', ',.2f', '_.2f', ',.0f', ',e', ',g', ',%', '_.1%', '015,.2f', '020_.3f', '+015,.1f', '^20,.2f',
         ',.3', ',f', '010,', ',.10g']
for v in [0.0, 1.5, 123.456, 1234.5, -1234567.891, 1e10, 1e16, 1e20, 123456789.123456789, float('inf'), float('nan')]:
    print(repr(v), [format(v, s) for s in specs])
