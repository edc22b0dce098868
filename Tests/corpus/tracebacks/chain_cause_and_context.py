try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("ctx")
except KeyError as e:
    raise ValueError("final") from TypeError("explicit cause")
