# mode: ast
a[*b]
a[1, *b]
a[*b, *c]
t: tuple[*Ts]
x = a[*b] = c
