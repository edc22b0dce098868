# mode: ast
lambda: 0
lambda x: x
lambda x, y=1: x + y
lambda *args: args
lambda **kw: kw
lambda *, a: a
lambda *, a=1: a
lambda a, /, b: 0
lambda a=1, /, b=2, *c, d, e=3, **f: 0
lambda x: (lambda y: x + y)
