def g(x): return x.nothing
def f(x): return g(x) + 1
print(f(3))
