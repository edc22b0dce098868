total = 0
for x in [1, 2, 3]:
    total += x
for x in (4, 5):
    total += x
for x in {6, 7}:
    total += x
for x in frozenset([8]):
    total += x
for k in {9: 'a', 10: 'b'}:
    total += k
for k, v in {11: 12}.items():
    total += k + v
for v in {0: 13}.values():
    total += v
for x in range(14, 16):
    total += x
for x in reversed(range(16, 18)):
    total += x
for i, x in enumerate([18, 19]):
    total += i + x
for a, b in zip([20], [21]):
    total += a + b
for x in map(abs, [-22]):
    total += x
for x in filter(None, [0, 23]):
    total += x
print(total)
out = []
for x in [1, 2, 3, 4, 5]:
    if x == 2:
        continue
    if x == 5:
        break
    out.append(x)
else:
    out.append('else-not-reached')
print(out)
for x in []:
    pass
else:
    print('empty loop else')
for i in range(3):
    for j in range(i):
        out.append((i, j))
print(out)
nested = [[1, 2], [3], []]
print([y for x in nested for y in x], {x: [y * 2 for y in x] for x in ((1,), (2, 3))})
