def f(n):
    return abs(f(n + 1))
f(0)
