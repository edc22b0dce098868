def f():
    try:
        raise ValueError("original")
    except ValueError as e:
        raise e
f()
