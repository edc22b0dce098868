# Constant folding, f-strings, global/nonlocal corners, chained comparisons, augmented targets.
print(2 ** 10, 1 << 70, -(2 ** 63), 7 // -2, -7 % 3, 7.5 // 2, -7.5 % 2, 2 ** -1, 10 / 4)
print("ab" * 3, b"x" * 2, (1, 2) * 2, "%s" % "s", 0x10 + 0o10 + 0b10, 1e3, 1j * 1j)
print((1, 2) + (3,), "a" "b" + "c", not 0, ~5, -True, True + True, True & False, True | 0)
print("abc"[1], (1, 2, 3)[-1], b"ab"[0], 1 if 0 else 2)
print(1 < 2 > 0 != 5, 3 in (1, 2, 3) in [True], (x := 5) > 4, x)
w = 10
s = f"{w:>{w // 2}}|{w!r}|{'q'}|{w + 1 = }|{w=!s}"
print(s)
print(f"{'nested {braces}'}", f"{{}}", f"{3.14159:{'.'}{2}f}")
print("%d items" % 3 if False else "%s and %r" % ("a", "b"))


def g():
    global newglobal
    newglobal = "set"


g()
print(newglobal)


def n1():
    a = 1

    def n2():
        def n3():
            nonlocal a
            a += 1
            return a

        return n3()

    return n2(), a


print(n1())


class Obj:
    pass


o = Obj()
o.v = 1
o.v += 2
lst = [1, [2, 3]]
lst[1][0] *= 10
dd = {"k": 1}
dd["k"] -= 5
print(o.v, lst, dd)
i = 0
cnt = [0, 0, 0]
cnt[i] += 1
print(cnt)
big = [n for n in range(40)]
print(sum([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
           26, 27, 28, 29, 30, 31, 32, 33, big[0], big[1]]))
print(max(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
          27, 28, 29, 30, 31, 32, 33, 34, 35))
print(dict(a=1, b=2, **{"c": 3}, d=4))
print(*[1, 2], *"ab", sep="-")
print({**{}, "a": 1, **{"b": 2}, "c": 3})
try:
    print(**{"sep": 1}, **{"sep": 2})
except TypeError as e:
    print("TypeError:", e)
if not (1 and 0):
    print("folded not")
while False:
    print("never")
if __debug__:
    print("debug on")
x = [1, 2, 3]
del x[0], x[-1]
print(x)
a, b, c = range(3)
print(a, b, c)
try:
    a, b = range(3)
except ValueError as e:
    print(e)
try:
    a, b, c = range(2)
except ValueError as e:
    print(e)
try:
    print(undefined_name)
except NameError as e:
    print(e)
print(*(i for i in range(3)))
print((lambda: __class__ if False else "no class")())
