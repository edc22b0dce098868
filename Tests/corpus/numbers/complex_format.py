# format() of complex numbers.
def check(v, spec):
    try:
        print(repr(v), repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(v), repr(spec), type(e).__name__, e)

specs = ['', '10', '<20', '>20', '^20', '*^20', '^20.2f', '+', '-', ' ', 'e', 'E', '.2e', 'f', '.1f', 'F', 'g', 'G', 'n',
         '.3', '.0', '#', '#.2', ',', ',.2f', '_.1f', 'z.1f', '+.1f', ' .1f', '#.0f', '.3g', '020', '=20', '0', 'd', '%',
         'x', 'c', 's', 'r', ',_']
for v in [1 + 2j, 1j, -1j, 0j, complex(-0.0, -0.0), 1234.5 + 6789j, complex(float('inf'), float('nan')), 1.5 - 2.25j,
          complex(-0.0001, 0.00004), 1e20 + 1e-20j]:
    for s in specs:
        check(v, s)
