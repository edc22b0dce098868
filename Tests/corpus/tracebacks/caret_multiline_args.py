def f(*args):
    raise ValueError("bad")
f(
    1,
    2,
)
