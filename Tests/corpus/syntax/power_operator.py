# mode: ast
a ** b
a ** -b
-a ** b
a ** b ** c
(a ** b) ** c
2 ** -1
async def f():
    await x ** 2
    -await x
