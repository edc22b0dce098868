async def inner():
    raise ValueError("in coro")
async def outer():
    await inner()
c = outer()
c.send(None)
