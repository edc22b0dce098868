async def f():
    raise StopIteration
f().send(None)
