from collections import deque
d = deque(range(5), maxlen=3)
print(d, d.maxlen)
d.append(9); print(d)
d.appendleft(8); print(d)
d.extend([1, 2]); print(d)
d.extendleft([3, 4]); print(d)
z = deque(maxlen=0); z.append(1); z.extend([1, 2]); print(z, z.maxlen, deque().maxlen)
print(deque([1, 2], maxlen=3) * 3, deque(maxlen=2) + deque([1, 2, 3]))
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 1)
except IndexError as e:
    print(e)
tests = ['deque(maxlen=-1)', 'deque([1]).index(5)', 'deque().pop()', 'deque().popleft()', 'deque([1]).remove(2)',
         'deque([1])[5]', 'deque([1])[1:2]', 'deque([1]) + [1]', 'deque(1)', 'deque([1,2]).rotate("a")',
         'deque([1], maxlen="a")', 'deque([1])["a"]', 'hash(deque())', 'deque([1]) < [1]',
         'deque([1]).index(1, 2)', 'deque("abc").index("c", -2)', 'deque([1], 2, 3)', 'deque(x=1)',
         'deque().append()', 'deque().rotate(1, 2)', 'deque([1]).__setitem__(3, 1)', 'deque([]).__delitem__(0)']
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
d = deque([1, 2, 3])
it = iter(d)
next(it)
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print(e)
class Eq:
    def __eq__(self, other):
        d.clear()
        return False
d = deque([1, Eq(), 3])
try:
    d.count(5)
except RuntimeError as e:
    print(e)
