# List/set/dict comprehensions, nesting, conditions, scoping, walrus.
print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in "ab"])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print([[i * j for j in range(3)] for i in range(3)])
print([y for x in [[1, 2], [3]] for y in x])
x = "outer"
print([x for x in "in"], x)
print([z for z in [1]], [w for v in range(2) for w in [v * 10]])


def in_function(n):
    data = list(range(n))
    return [d + n for d in data if d != n - 1]


print(in_function(4))


def closure_in_comprehension():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]


print(closure_in_comprehension())


class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]


print(C.doubled)

total = 0
vals = [total := total + v for v in range(5)]
print(vals, total)


def walrus_in_function():
    if (n := len("abcd")) > 3:
        return n
    return 0


print(walrus_in_function())
data = [1, 2, 3, 4]
print([y for v in data if (y := v * v) > 4], y)


def walrus_hazard():
    a = 1
    return a + (a := 10) + a


print(walrus_hazard())
print({i: [j for j in range(i)] for i in range(3)})
print(sorted({s.upper() for s in ["a", "b", "a"]}))
print(list(map(lambda p: p[0] + p[1], [(1, 2), (3, 4)])))
print([i for i in (1, 2, 3)], [i for i in {1}], [c for c in "xy"])
