# Calls of small Python functions.
def add(a, b):
    return a + b

def work(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    return total

print(work(5_000_000))
