try:
    {}["k"]
except KeyError:
    raise ValueError("replaced") from None
