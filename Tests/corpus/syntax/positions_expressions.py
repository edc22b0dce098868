# mode: ast-positions
a + b * c
not a or b and c
a < b < c
f(a, *b, c=d, **e)
a.b.c
a[b][c:d]
a if b else c
lambda x, y=1: x
[x for x in y if x]
{k: v for k, v in z}
(yield_)
(a, b)
[a, *b]
{a: b, **c}
-a
