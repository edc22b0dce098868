import sys
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())
def g(n):
    if n == 0:
        raise ValueError("bottom")
    return g(n - 1)
g(50)
