def g():
    yield 1
g1 = g()
next(g1)
g1.throw(ValueError, "msg")
