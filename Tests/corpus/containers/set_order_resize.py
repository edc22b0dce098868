# Order after removals (dummies), re-insertions and resizes.
s = set(range(100))
for i in range(0, 100, 3):
    s.discard(i)
print(s)
s.add(-7)
s.add(1234)
print(s)
s = set(range(10))
for i in range(10):
    s.remove(i)
    s.add(i + 100)
print(s)
s = {1, 2, 3, 4, 5}
s.difference_update({1, 2, 3, 4})
print(s)
s.update(range(40, 60))
print(s)
s = set()
for i in range(50):
    s.add(i * 13)
    if i % 4 == 0:
        s.discard(i * 13 - 26)
print(s)
s = set(range(64))
while len(s) > 5:
    s.pop()
print(s)
s.update([200, 300, 400])
print(s)
s.clear()
s.add(9)
s.add(1)
print(s)
t = set(range(30))
t -= set(range(5, 25))
print(t)
t |= {100, 200, 17}
print(t)
