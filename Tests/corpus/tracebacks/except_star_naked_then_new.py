try:
    raise KeyError("naked")
except* KeyError:
    raise ValueError("new")
