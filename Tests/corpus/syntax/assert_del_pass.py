# mode: ast
assert x
assert x, "message"
assert (x, y)
del a
del a, b
del a[0], b.c
del (d, e), [f, g]
del (h)
pass
