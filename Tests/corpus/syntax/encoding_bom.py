# mode: ast
x = 'é'
