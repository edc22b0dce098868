# mode: ast
x = 1
