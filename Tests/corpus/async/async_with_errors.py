# Errors of async with: missing protocol methods and non-awaitable results.
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def use(cm):
    async with cm as x:
        print("body", x)

class Sync:
    def __enter__(self): return self
    def __exit__(self, *a): pass
class OnlyEnter:
    async def __aenter__(self): return 1
class EnterNotAwaitable:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
class ExitNotAwaitable:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return False
class EnterRaises:
    async def __aenter__(self): raise ValueError("enter failed")
    async def __aexit__(self, *a):
        print("exit not called")

for cm in [Sync(), OnlyEnter(), EnterNotAwaitable(), ExitNotAwaitable(), EnterRaises(), 5]:
    try:
        drive(use(cm))
    except (TypeError, AttributeError, ValueError) as e:
        print(type(cm).__name__, type(e).__name__ + ":", e)

try:
    compile("def f():\n    async with x: pass\n", "<test>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# with on an async-only manager
class AsyncOnly:
    async def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
try:
    with AsyncOnly():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
