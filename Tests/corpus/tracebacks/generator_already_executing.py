def g():
    i.send(None)
    yield
i = g()
next(i)
