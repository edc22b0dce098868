# mode: ast
def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    pass

def g(a, /):
    pass

def h(a=1, /, b=2):
    pass

def k(*, a, b=1, c):
    pass

def m(*args, **kwargs):
    pass

def n(a, b, *, c):
    pass

def o():
    pass
