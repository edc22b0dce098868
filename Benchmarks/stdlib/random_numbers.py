# The random module's common draws with a fixed seed (sequences must equal CPython's).
import random

random.seed(12345)
acc = 0.0
for _ in range(200000):
    acc += random.random()
n = 0
for _ in range(100000):
    n += random.randint(1, 1000)
    n += random.randrange(0, 10**12, 7)
items = list(range(1000))
for _ in range(100):
    random.shuffle(items)
picks = [random.choice(items) for _ in range(50000)]
sample = random.sample(range(10**6), 1000)
g = sum(random.gauss(0, 1) for _ in range(50000))
print(round(acc, 6), n, items[:5], sum(picks), sum(sample), round(g, 6))
