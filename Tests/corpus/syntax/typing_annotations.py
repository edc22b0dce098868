# mode: ast
x: list[int] = []
y: dict[str, list[int]] = {}
z: Callable[..., int]
w: int | None = None
v: "ForwardRef"
def f(a: Optional[int] = None, *, b: Literal["x", "y"]) -> Iterator[tuple[int, str]]:
    pass
class C(Generic[T]):
    attr: ClassVar[int] = 0
