s = set(range(20))
out = []
while s:
    out.append(s.pop())
print(out)
s = {5, 13, 21, 29}
print(s.pop(), s.pop(), s)
s.add(100)
s.add(5)
print(s, s.pop(), s.pop(), s.pop())
s = set(range(0, 100, 7))
for i in range(5):
    s.pop()
s.add(1000)
print(s, s.pop())
s = {'a', 'b', 'c'}
print(sorted([s.pop(), s.pop(), s.pop()]))
try:
    s.pop()
except KeyError as e:
    print('KeyError', e)
t = set(range(50))
for i in range(45):
    t.pop()
t.add(-1)
print(t)
