# mode: ast
a @ b
a @= b
a @ b @ c
x = (a @ b).T
