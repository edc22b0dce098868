# __sizeof__ follows CPython's 30-bit digit layout; __getnewargs__ for pickling.
for v in [0, 1, -1, 2**29, 2**30, 2**30 - 1, 2**60, 2**64, -(2**90), 10**100, True, False]:
    print(v, v.__sizeof__(), v.__getnewargs__())
print(int.__sizeof__(7), type((5).__getnewargs__()[0]).__name__, True.__getnewargs__())
