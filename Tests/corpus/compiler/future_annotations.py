from __future__ import annotations

x: list[int] = []
y: dict[str, "Quoted"] | None
z: lambda a, *b, c=1, **d: a + b
w: (1 + 2) * 3 - -4 ** 2 // 5 % 6 @ 7 << 8 >> 9 & 10 ^ 11 | 12
v: not a and b or c if d else e
u: [i for i in range(3) if i async for j in k]
t: {**a, 'k': 1, 2: [3, (4,)]}
s: f"x{y!r:>{width}}z{{}}" 
r: a[1:2, ::3, ...]
o: a.b.c(d, *e, f=g, **h)
n: 1.5e300 * 1e309 + 2j
m: -1 < x <= y == z != w is v is not u in t not in s
l: ~x + +y - -z
j: b"bytes" b'more'
j2: u"unicode" 'str'
i: 1 .real


def func(a: int, b: tuple[int, ...] = (), *args: str, c: "C" = None, **kw: Any) -> Result[X]:
    pass


class K:
    attr: ClassVar[int] = 0


print(__annotations__)
print(func.__annotations__)
print(K.__annotations__)
