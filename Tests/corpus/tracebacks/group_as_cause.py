try:
    raise ExceptionGroup("cause group", [ValueError("a"), TypeError("b")])
except ExceptionGroup as eg:
    raise RuntimeError("after group") from eg
