# mode: ast
async def f():
    await x
    async for a in b:
        pass
    else:
        pass
    async with c as d, e:
        pass
    async with (g as h, i as j):
        pass
    return await y
