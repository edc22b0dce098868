# Thousands separators for ints: ',' and '_' (every four digits in b/o/x/X), with zero padding.
specs = [',', '_', ',d', '_d', '_b', '_o', '_x', '_X', '#_x', '#_b', '010,', '010_', '015_x', '#015_x', '+012,',
         '^+15,', '<12_', '1,', '20,d', '09_b', '08,d', '07_o']
for v in [0, 1, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10**20, -(2**64), 255, 65535]:
    print(v, [format(v, s) for s in specs])
print(f'{10**9:,}', f'{10**9:_}', f'{-10**9:_x}', f'{2**32:_b}')
