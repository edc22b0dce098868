try:
    raise ValueError("naked")
except* ValueError as eg:
    print(repr(eg), eg.exceptions)
try:
    raise TypeError("naked, unmatched")
except* ValueError:
    print("not here")
