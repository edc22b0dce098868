# mode: ast
x: int
y: int = 1
(z): int = 2
a.b: str
a[0]: float = 1.5
t: tuple[int, ...] = (1, 2)
u: "forward" = None
v: list[int] = *a, *b
