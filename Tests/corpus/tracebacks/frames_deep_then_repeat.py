def a(n):
    if n > 0:
        return a(n - 1)
    return b(3)
def b(n):
    if n > 0:
        return b(n - 1)
    raise RuntimeError("b bottom")
a(5)
