# mode: ast
def f():
    return

def g():
    return x

def h():
    return x, y

def i():
    return *a, *b

def j():
    return (yield)
