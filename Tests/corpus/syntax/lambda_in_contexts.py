# mode: ast
f(lambda x: x, key=lambda y: -y)
x = [lambda: i for i in range(3)]
y = lambda: (yield)
z = lambda *a, **k: (a, k)
w = lambda a, b=lambda: 0: b
