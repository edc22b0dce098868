try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
except* ValueError:
    raise RuntimeError("r1")
except* TypeError:
    raise RuntimeError("r2")
