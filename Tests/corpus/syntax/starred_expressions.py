# mode: ast
a = *b, c
f(*args, **kwargs)
f(*a, *b, c, *d, **e, **g)
f(a, *b, c=1, *d, **e)
[*a, *b]
(*a, *b)
{*a, *b}
{**a, 'b': 1, **c}
*a, b = c
a, *b, c = d
for *x, y in z:
    pass
print(*a)
