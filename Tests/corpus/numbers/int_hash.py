# hash() of ints is the value modulo 2**61 - 1 (with -1 mapped to -2), like CPython.
M = 2**61 - 1
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1, -(2**61), 2**62, 2**63 - 1,
          -2**63, 2**64, 10**30, -10**30, 2**122, -(2**61 - 1), M * 12345 - 1, -M * 3 - 1, True, False]:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2**53 else '')
print(hash(2**61) == 1, hash(-(2**61)) == -1 if False else hash(-(2**61)))
d = {2**64: 'a', 1: 'b', True: 'c'}
print(d, {2**61 - 1, 0}, 2**64 in d, 1.0 in d)
