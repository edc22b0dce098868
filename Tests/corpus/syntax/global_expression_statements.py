# mode: ast
x
x.y
f()
(yield_)
a if b else c
[1, 2]
"string statement"
lambda: 0
