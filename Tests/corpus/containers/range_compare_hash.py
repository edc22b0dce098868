print(range(0) == range(0), range(0) == range(5, 5), range(0) == range(3, 1, 7))
print(range(1, 2) == range(1, 3, 5), range(0, 3, 2) == range(0, 4, 2), range(3) == range(0, 3, 1))
print(range(3) != range(4), range(3) == [0, 1, 2], range(3) == (0, 1, 2))
print(hash(range(0)) == hash(range(4, 4)), hash(range(1, 2)) == hash(range(1, 3, 10)))
print(hash(range(0, 3, 2)) == hash(range(0, 4, 2)), hash(range(5)) == hash(range(0, 5, 1)))
print({range(3): 'a'}[range(0, 3)], len({range(0), range(1, 1), range(2, 2, -1)}))
print(hash(range(3)), hash(range(5, 50, 5)))
try:
    range(1) < range(2)
except TypeError as e:
    print('TypeError', e)
print(range(2**70) == range(0, 2**70, 1), range(2**70) == range(2**70 + 1))
print(range(1).__eq__(5), range(1).__lt__(range(2)))
