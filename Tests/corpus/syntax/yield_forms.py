# mode: ast
def f():
    yield
    yield x
    yield x, y
    yield from z
    x = yield
    x = yield y
    y = yield from z
    await_ = (yield)
    f((yield))
    yield *a, b
