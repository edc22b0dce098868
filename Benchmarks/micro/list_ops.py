# List building, indexing, appending, sorting.
def work(n):
    total = 0
    for rep in range(n):
        items = []
        for i in range(100):
            items.append((i * 7919) % 101)
        items.sort()
        total += items[50] + len(items) + items[-1]
    return total

print(work(30_000))
