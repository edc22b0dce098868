class Rand:
    def __init__(self, seed):
        self.x = seed
    def next(self):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.x >> 33
    def shuffle(self, l):
        for i in range(len(l) - 1, 0, -1):
            j = self.next() % (i + 1)
            l[i], l[j] = l[j], l[i]

rnd = Rand(11)
nan = float('nan')
l = [3.0, nan, 1.0, 2.0, nan, 0.5, 7.0, -1.0]
l.sort()
print(l)
l = [x / 7 for x in range(150)] + [nan] * 5
rnd.shuffle(l)
l.sort()
print(l[:3], [i for i in range(len(l)) if l[i] != l[i]])
count = 0
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        global count
        count += 1
        return self.v < o.v
    def __repr__(self):
        return 'C(' + str(self.v) + ')'
l = [C(i * 7919 % 51) for i in range(300)]
l.sort()
print(count, l[:4])
count = 0
l = [C(i % 17) for i in range(500)]
l.sort(reverse=True)
print(count, l[:3])
count = 0
l = [C(i) for i in range(1000)]
l.sort()
print('sorted input comparisons', count)
count = 0
l = [C(-i) for i in range(1000)]
l.sort()
print('reversed input comparisons', count)
class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if self.v == 13 or o.v == 13:
            raise ValueError('boom')
        return self.v < o.v
    def __repr__(self):
        return str(self.v)
vals = list(range(100))
rnd.shuffle(vals)
l = [Bad(x) for x in vals]
try:
    l.sort()
except ValueError as e:
    print('ValueError', e)
print(l)
l = list(range(10))
def k(x):
    l.append(x)
    return x
try:
    l.sort(key=k)
except ValueError as e:
    print('ValueError', e)
print(l)
l = list(range(10))
def k3(x):
    l.clear()
    return -x
l.sort(key=k3)
print(l)
l = list(range(10, 0, -1))
def k2(x):
    if x == 5:
        raise KeyError(x)
    return x
try:
    l.sort(key=k2)
except KeyError as e:
    print('KeyError', e)
print(l)
def seen_empty(x):
    print('len during sort', len(l2))
    return x
l2 = [2, 1]
l2.sort(key=seen_empty)
print(l2)
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print('TypeError', e)
try:
    [3, 1].sort(key=lambda x: [].foo)
except AttributeError as e:
    print('AttributeError', e)
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return NotImplemented
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return 'R' + str(self.v)
r = [Rev(3), Rev(1), Rev(2)]
r.sort()
print(r)
l = [1, 2, 3]
l.sort(key=lambda x: -x)
print(l)
