def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2: raise StopAsyncIteration
        return self.i
async def main():
    it = aiter(AIt())
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, 'done'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('StopAsyncIteration')
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
run(main())
check(aiter, 1)
check(anext, 1)
check(aiter)
check(anext, 1, 2, 3)
