# mode: ast
f(x for x in y)
sum(x * x for x in range(10))
f((x for x in y), 1)
max(x for x in y if x)
