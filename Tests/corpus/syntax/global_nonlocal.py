# mode: ast
global a
global b, c

def f():
    global d
    x = 1
    def g():
        nonlocal x
        nonlocal x, y
        x = 2
