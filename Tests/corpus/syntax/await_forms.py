# mode: ast
async def f():
    await x
    await (yield)
    x = await y
    await f(await g())
    [await z for z in w]
    return await x, await y
