def f(): raise ValueError("a")
try:
    f()
except ValueError as e:
    tb = e.__traceback__
raise TypeError("b").with_traceback(tb)
