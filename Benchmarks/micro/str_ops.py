# String building, splitting, joining, methods.
def work(n):
    total = 0
    for i in range(n):
        s = "item-" + str(i)
        parts = s.split("-")
        total += len(parts[1]) + len(s.upper()) + s.find("-")
        joined = ",".join(parts)
        total += len(joined)
    return total

print(work(500_000))
