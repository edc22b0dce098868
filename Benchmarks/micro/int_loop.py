# Integer arithmetic in a tight loop.
def work(n):
    total = 0
    i = 0
    while i < n:
        total = (total + i * 7) % 1000003
        i += 1
    return total

print(work(6_000_000))
