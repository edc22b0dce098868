try:
    raise ValueError("naked")
except* ValueError:
    raise TypeError("replacement")
