def f(a):
    pass
args = [1, 2]
f(*args)
