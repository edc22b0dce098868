from contextlib import asynccontextmanager, AsyncExitStack, aclosing, AbstractAsyncContextManager, nullcontext
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError('coroutine suspended')
@asynccontextmanager
async def resource(name):
    print('open', name)
    try:
        yield name * 2
    finally:
        print('close', name)
async def main():
    async with resource('a') as r:
        print('using', r)
    try:
        async with resource('b'):
            raise ValueError('inner')
    except ValueError as e:
        print('caught', e)
    async with AsyncExitStack() as stack:
        v = await stack.enter_async_context(resource('c'))
        stack.callback(print, 'sync callback')
        async def acb(x): print('async callback', x)
        stack.push_async_callback(acb, 1)
        print('stack body', v)
    class Gen:
        async def aclose(self): print('aclosed')
    async with aclosing(Gen()) as g:
        print(type(g).__name__)
    async with nullcontext('n') as n:
        print('async null', n)
    return 'done'
print(run(main()))
class ACM(AbstractAsyncContextManager):
    async def __aexit__(self, *e): return None
async def use():
    async with ACM() as a:
        return type(a).__name__
print(run(use()))
@asynccontextmanager
async def twice():
    yield
    yield
async def bad():
    async with twice():
        pass
try:
    run(bad())
except RuntimeError as e:
    print(e)
