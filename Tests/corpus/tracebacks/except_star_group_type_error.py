try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ExceptionGroup:
    pass
