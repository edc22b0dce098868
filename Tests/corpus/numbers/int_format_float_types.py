# ints formatted with float presentation types e E f F g G % convert to float.
specs = ['e', 'E', 'f', 'F', 'g', 'G', '%', '.2e', '.0e', '.3f', '.0f', '.1%', '.3g', '#.0f', '#g', '10.2f',
         '+.1e', ',.2f', '_.1f', '015,.2f', 'z.1f', '#.0e', '.15g', '.20f']
for v in [0, 1, -1, 7, 1234, -1234567, 2**53 + 1, 10**20, -(10**22), 2**1000, True]:
    print(v, [format(v, s) for s in specs])
