# Global variable lookups from a function.
SCALE = 3
OFFSET = 7

def work(n):
    total = 0
    for i in range(n):
        total += SCALE * i + OFFSET
    return total

print(work(6_000_000))
