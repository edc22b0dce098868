def f(n):
    if n == 0:
        raise ValueError("done")
    f(n - 1)
f(5)
