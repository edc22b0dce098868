def g():
    try:
        yield
    except KeyError:
        raise ValueError("converted")
i = g()
next(i)
i.throw(KeyError("k"))
