class Rand:
    def __init__(self, seed):
        self.x = seed
    def next(self):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.x >> 33
    def randint(self, a, b):
        return a + self.next() % (b - a + 1)
    def random(self):
        return self.next() / 2**31
    def shuffle(self, l):
        for i in range(len(l) - 1, 0, -1):
            j = self.next() % (i + 1)
            l[i], l[j] = l[j], l[i]

rnd = Rand(3)
for n in [0, 1, 2, 5, 31, 32, 33, 64, 65, 100, 257, 1000, 5000]:
    l = [rnd.randint(0, n) for _ in range(n)]
    m = l[:]
    m.sort()
    ok = True
    for i in range(len(m) - 1):
        if m[i] > m[i + 1]:
            ok = False
    print(n, ok, m[:5], m[-5:])
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
words.sort()
print(words)
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
t = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
t.sort()
print(t)
l = [1, 2.5, -3, 2, 1.0, True, False, 0]
l.sort()
print(l)
l = [3, 1, 2]
l.sort(reverse=1)
print(l)
l.sort(key=None, reverse=False)
print(l)
l = [0.5, -0.0, 0.0, -1e300, 1e300, float('inf'), float('-inf')]
l.sort()
print(l)
pairs = [(rnd.randint(0, 5), i) for i in range(200)]
s = pairs[:]
s.sort(key=lambda p: p[0])
print(s[:12])
s = pairs[:]
s.sort(key=lambda p: p[0], reverse=True)
print(s[:12])
asc = list(range(100))
asc.sort(reverse=True)
print(asc[:5])
runs = list(range(50)) + list(range(50, 0, -1)) + list(range(20))
runs.sort()
print(runs[:10], runs[-5:])
strs = ['b' * (i % 7) + str(i) for i in range(60)]
rnd.shuffle(strs)
strs.sort()
print(strs[:8])
floats = [rnd.random() for _ in range(300)]
floats.sort()
print(floats[0] <= floats[1], floats[-1] >= floats[-2])
big = [2**70 - i for i in range(20)] + [-2**70, 0]
big.sort()
print(big[:3], big[-2:])
