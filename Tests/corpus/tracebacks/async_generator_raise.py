async def g():
    yield 1
    raise KeyError("agen")
async def main():
    async for x in g():
        pass
c = main()
try:
    c.send(None)
except StopIteration:
    pass
