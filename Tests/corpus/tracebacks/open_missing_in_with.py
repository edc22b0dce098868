def f():
    with open("/nonexistent/file") as fh:
        pass
f()
