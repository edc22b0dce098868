# mode: ast
s = f'{x:=1}'
