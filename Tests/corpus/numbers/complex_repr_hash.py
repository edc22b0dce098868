# repr/str of complex numbers (signed zeros, inf/nan, exponents) and CPython's hash.
inf, nan = float('inf'), float('nan')
vals = [0j, -0j, 1j, -1j, 1 + 2j, 1 - 2j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), complex(1e20, 1e-20),
        complex(1e16, 1), complex(nan, inf), complex(-inf, nan), complex(0, nan), complex(1.5, 0), 0.1 + 0.2j,
        complex(5e-324, 1.7976931348623157e308), complex(2, 0), complex(1, -0.0)]
for v in vals:
    print(repr(v), str(v), f'{v}', hash(v) if v == v else 'nan')
print([1j, 2 + 0j], (0j,), {1j: 1j})
print(hash(1 + 0j) == hash(1), hash(complex(1.5, 0)) == hash(1.5), hash(1j), hash(-1j), hash(1 + 1j), hash(2**61 + 1j))
print({1: 'int', 1.0: 'float', 1 + 0j: 'complex'})
