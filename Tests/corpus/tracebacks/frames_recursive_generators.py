def walk(n):
    if n == 0:
        raise ValueError("bottom of the walk")
    yield from walk(n - 1)
list(walk(6))
