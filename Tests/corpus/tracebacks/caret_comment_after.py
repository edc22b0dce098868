d = {}
v = d["x"]  # a comment after the expression
