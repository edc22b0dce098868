def check(x):
    return x is not None and x.size > 0 or x.default
check(3)
