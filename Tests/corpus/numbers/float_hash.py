# hash() of floats matches CPython's: equal numbers hash equal across int/float.
for v in [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 1e10, 1e100, 1e300, -1e300, 1.7976931348623157e308, 5e-324,
          2.2250738585072014e-308, 2.0**61, 2.0**62, 2.0**-30, 123456.789, float('inf'), float('-inf'), 3.0, 2.0**63]:
    print(repr(v), hash(v))
print(hash(1.0) == hash(1), hash(2.0**64) == hash(2**64), hash(-0.0) == hash(0), hash(0.5) == hash(0.5))
print({1.0: 'a', 1: 'b', True: 'c'}, {0.0, -0.0, 0}, len({float('inf'), float('inf')}))
