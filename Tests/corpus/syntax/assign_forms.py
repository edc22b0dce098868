# mode: ast
a = b = c = 1
a, b = c
[a, *b] = x
(a, b), c = d
a.b.c = 1
a[0][1] = 2
x = y = z[1:2] = w.v
