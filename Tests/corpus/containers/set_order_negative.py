# Sets of negative numbers: -1 and -2 share a hash, so their order depends on insertion history.
print({-1, -2})
print({-2, -1})
print({-1, -2, -3, -5, 7, 100, 1000, 33})
print(set([-1, -2, -3, -5, 7, 100, 1000, 33]))
print(frozenset([-1, -2, -3, -5, 7, 100, 1000, 33]))
print(set(range(-1, -30, -1)))
print(set(range(-30, 30, 4)))
s = set()
for i in range(-20, 0):
    s.add(i)
print(s)
s = {-8, -16, -24, 8, 16, 24, 0}
print(s)
print({x for x in range(-50, 50, 13)})
print({-2**63, 2**63 - 1, -1, 0, 1})
