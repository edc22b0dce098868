s = set()
for i in [40, 8, 16, 24, 32, 0, 48, 56]:
    s.add(i)
print(list(s), [x for x in s])
it = iter(s)
print(next(it), next(it), it.__length_hint__())
s2 = set(range(0, 64, 8))
print(list(s2))
f = frozenset(['x', 'y', 'z'])
print(list(f), list(iter(f)))
u = {1, 2, 3}
u.discard(2)
u.add(2)
print(list(u))
w = set(range(30))
for i in range(30):
    if i % 2:
        w.discard(i)
w.update(range(100, 110))
print(list(w))
print([x for x in {(1, 'a'), (0, 'b')}])
