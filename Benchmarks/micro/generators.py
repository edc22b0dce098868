# Generators and generator expressions.
def numbers(n):
    for i in range(n):
        yield i * 2

def work(n):
    total = 0
    for x in numbers(n):
        total += x
    total += sum(x for x in range(n // 2))
    return total

print(work(3_000_000))
