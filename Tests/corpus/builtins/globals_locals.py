x = 10
print(globals()['x'], globals() is globals(), locals() is globals())
def f(a, b=2, *args, **kw):
    c = a + b
    return locals()
print(f(1))
print(f(1, 3, 4, k=5))
def outer():
    v = 1
    def inner():
        w = v + 1
        return locals()
    return inner()
print(outer())
def unbound():
    l1 = locals()
    z = 5
    return l1, locals()
a1, a2 = unbound()
print(a1, a2, a1 is a2)
class C:
    p = 1
    q = sorted(locals())
print(C.q)
def deleted():
    t = 1
    del t
    return locals()
print(deleted())
def cell():
    n = 3
    def g(): return n
    return locals()
print(sorted(cell()))
