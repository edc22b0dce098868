def f():
    raise ValueError("x")
err = None
for i in range(3):
    try:
        f()
    except ValueError as e:
        err = e
raise err
