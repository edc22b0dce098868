a, b, c = 1, None, 2
r = (a + b) * c
