def f(x): return 1 / x
def g(*args): return args
value = g(1, f(0), 3)
