def f():
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2), TypeError(3)])
try:
    f()
except* ValueError:
    raise
except* TypeError as e:
    print("type errors", e.exceptions)
