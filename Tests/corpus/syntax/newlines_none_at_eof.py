# mode: ast
if x:
    y = 1