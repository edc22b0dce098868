print(hash(()))
print(hash((1,)))
print(hash((1, 2)))
print(hash((1, 2, 3)))
print(hash(('a', 'b')))
print(hash((1.5, -2.25)))
print(hash((None,)) == hash((None,)))
print(hash(((1, 2), (3, 4))))
print(hash((True, False)), hash((1, 0)))
print(hash((-1,)), hash((-2,)))
print(hash((2**61, 2**64, -2**70)))
print(hash((frozenset([1]),)))
print(hash(tuple(range(100))))
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
print(hash((H(5), H(-1))), hash((H(2**62),)))
d = {(1, 2): 'a', (1, 2, 3): 'b'}
print(d[(1, 2)], d[1, 2, 3])
print(len({(i, i * 2) for i in range(50)}))
print({(1, 'a'), (2, 'b'), (3, 'c'), (1, 'a')})
