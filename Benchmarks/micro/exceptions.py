# Raising and catching exceptions.
def check(i):
    if i % 3 == 0:
        raise ValueError(i)
    return i

def work(n):
    total = 0
    for i in range(n):
        try:
            total += check(i)
        except ValueError:
            total -= 1
    return total

print(work(1_500_000))
