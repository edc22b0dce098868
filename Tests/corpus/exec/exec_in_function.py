def f():
    x = 1
    exec('y = x + 1')
    return sorted(locals())
print(f())
def g():
    ns = {}
    exec('z = 3', globals(), ns)
    return ns
print(g())
def h():
    exec('global G; G = 9')
h()
print(G)
def k():
    loc = {}
    exec('def inner(): return 42', {}, loc)
    return loc['inner']()
print(k())
