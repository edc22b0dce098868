def g():
    try:
        yield 1
    finally:
        yield 2
g1 = g()
next(g1)
g1.close()
