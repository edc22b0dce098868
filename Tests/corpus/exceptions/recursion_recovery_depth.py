def f(n):
    return f(n+1)
try:
    f(0)
except RecursionError:
    pass
def g(n):
    return n if n == 0 else g(n-1)
print(g(900))
