# mode: ast
@a
def f():
    pass

@a.b.c
@d(1, e=2)
@x[0]
@(lambda f: f)
@y if z else w
def g():
    pass

@dataclass(frozen=True)
class C:
    pass

@a
async def h():
    pass
