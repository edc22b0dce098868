async def outer():
    await 5
c = outer()
c.send(None)
