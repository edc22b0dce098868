def inner():
    yield 1
    raise ValueError("inner failed")
def outer():
    yield from inner()
for x in outer():
    print(x)
