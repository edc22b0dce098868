# Assignments, arithmetic, names at module and function level.
x = 1
y = x + 2 * 3
print(x, y, x - y, y // 2, y % 4, -y, +y, ~y, not y, 2 ** 10, 7 / 2)
a = b = c = [1, 2]
print(a is b, b is c, a == [1, 2])
a, b = b, a
print(a, b)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = range(5)
print(first, rest)
*init, last = "abc"
print(init, last)
m, *mid, n = [1, 2, 3, 4, 5]
print(m, mid, n)
s = "hello"
s += " world"
print(s)
lst = [1, 2, 3]
lst[0] += 10
lst[1:2] = [7, 8]
print(lst, lst[-1], lst[::2], lst[1:])
del lst[0]
print(lst)
d = {"a": 1, "b": 2, **{"c": 3}}
d["a"] += 100
print(d, {**d, "a": 0})
print({1, 2, *[3, 4]}, (*"ab", *"cd"), [*range(3), 9])
t = 1, 2
print(t, (), (1,), [], {}, set())
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, 2 in [1, 2], 3 not in (1, 2), None is None, x is not None)
print(True and 0, 0 or "x", None or [] or 5, 1 and 2 and 3)
print(1 if x else 2, "yes" if not x else "no")
def f(u, v=10, *args, w, z=20, **kw):
    return u, v, args, w, z, kw
print(f(1, w=2))
print(f(1, 2, 3, 4, w=5, z=6, k=7))
print(f(*[1, 2, 3], **{"w": 4, "extra": 5}))
print(f"{x} {y!r} {s!s:>15} {3.14159:.2f} {x + y} {{literal}} {'nested'!a}")
print("%s-%r-%5s-%-5s|" % (1, "two", "3", "4"))
g = lambda a, b=2: a * b
print(g(3), g(3, 4), (lambda *a, **k: (a, k))(1, z=2))
print(abs(-3), len("abc"), max(1, 5, 3), sorted([3, 1, 2], reverse=True))
i = 0
while i < 3:
    i += 1
else:
    print("while done", i)
for k in range(10):
    if k == 2:
        continue
    if k == 5:
        break
    print("k", k)
else:
    print("not printed")
for k in []:
    pass
else:
    print("for else")
print(__debug__, __name__)
