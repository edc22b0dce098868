try:
    raise KeyError
except KeyError:
    raise IndexError
