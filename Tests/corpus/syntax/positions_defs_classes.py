# mode: ast-positions
@decorator
@other(arg)
def f(a, b: int = 1, /, c=2, *args: int, d, e=3, **kw: str) -> bool:
    return True

@dec
class C(Base, metaclass=M):
    x: int = 0

    async def m(self):
        await self.x

lambda a, *, b: a
