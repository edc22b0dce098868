# mode: ast
async def f():
    a = [x async for x in y]
    b = {x: y async for x, y in z if x}
    c = {await x for x in y}
    d = (x async for x in y)
    e = [x for x in await y]
    g = [x async for x in y for z in x async for w in z]
