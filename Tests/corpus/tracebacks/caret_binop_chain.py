def add_values(a, b, c, d, e):
    return a + b + c + d + e
add_values(1, 2, 'x', 3, 4)
