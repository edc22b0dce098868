async def f(): return 1
c = f()
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
c.send(None)
