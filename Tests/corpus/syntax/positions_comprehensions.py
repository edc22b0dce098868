# mode: ast-positions
[x for x in y]
{x: y for x in a if b for y in c}
(z async for z in w)
sum(i for i in r)
