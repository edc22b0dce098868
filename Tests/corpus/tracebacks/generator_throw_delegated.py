def inner():
    yield
def outer():
    yield from inner()
i = outer()
next(i)
i.throw(KeyError("thrown deep"))
