a, b, c = 1, "s", 2
r = a + b * c - 1
