try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    raise ExceptionGroup("new", [TypeError(2)])
