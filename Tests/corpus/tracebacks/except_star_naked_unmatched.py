try:
    raise KeyError("naked")
except* ValueError:
    pass
