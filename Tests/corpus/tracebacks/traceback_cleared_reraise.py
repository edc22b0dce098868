def f(): raise ValueError("a")
try:
    f()
except ValueError as e:
    e.__traceback__ = None
    raise e
