def f():
    try:
        {}["x"]
    except KeyError:
        print("handling")
        raise
f()
