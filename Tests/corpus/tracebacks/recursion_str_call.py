def f(n):
    s = str(n)
    return f(n + 1)
f(0)
