def f(n):
    x = [i for i in range(2)]
    return f(n + 1)
f(0)
