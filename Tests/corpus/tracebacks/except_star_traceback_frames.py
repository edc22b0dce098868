def f():
    raise ExceptionGroup("x", [ValueError(1)])
def g():
    try:
        f()
    except* ValueError:
        raise TypeError("tt")
g()
