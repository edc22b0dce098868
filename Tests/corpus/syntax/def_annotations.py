# mode: ast
def f(a: int, b: str = "x", *args: tuple, c: float, d: bool = True, **kw: dict) -> None:
    pass

def g(a: "int", /, b: list[int] = []) -> "str":
    return b

def h(*args: *Ts) -> tuple[*Ts]:
    pass

async def i(x: int) -> int:
    return x
