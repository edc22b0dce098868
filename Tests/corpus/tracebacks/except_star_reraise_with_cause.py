try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise ExceptionGroup("g", [TypeError("t")]) from e
except* TypeError:
    raise
