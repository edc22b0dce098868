# mode: ast
[x for x in y]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[x for x in y if x if not x]
[x * y for x in a for y in b if x != y]
[[x for x in row] for row in grid]
[(x, y) for x, y in zip(a, b)]
[x for x, in pairs]
[y for x in z if (y := x)]
