# Method calls on instances.
class Counter:
    def __init__(self):
        self.n = 0

    def step(self, k):
        self.n += k
        return self.n

def work(n):
    c = Counter()
    total = 0
    for i in range(n):
        total += c.step(1)
    return total

print(work(4_000_000))
