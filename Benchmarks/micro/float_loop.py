# Float arithmetic in a tight loop.
def work(n):
    x = 0.0
    y = 1.5
    for i in range(n):
        x = x * 0.999 + y * 0.5
        y = y - x * 0.001
    return round(x, 6), round(y, 6)

print(work(5_000_000))
