def f(n):
    if n == 0: 1/0
    f(n-1)
f(50)
