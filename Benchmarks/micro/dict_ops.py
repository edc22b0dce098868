# Dict insertion, lookup, update, iteration.
def work(n):
    total = 0
    for rep in range(n):
        d = {}
        for i in range(50):
            d[i] = i * 2
        for i in range(50):
            total += d[i]
        d["k"] = 1
        for k in d:
            total += 1
    return total

print(work(40_000))
