def gen():
    yield 1
    yield 1 / 0
g = gen()
next(g)
next(g)
