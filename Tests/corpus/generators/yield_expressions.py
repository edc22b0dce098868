# yield in expression positions: assignments, arguments, operators, lambdas, comprehensions in generators.
def positions():
    a = yield 1
    print("a =", a)
    b = (yield 2) + (yield 3)
    print("b =", b)
    print("call arg:", (yield 4))
    c = [(yield 5), (yield 6)]
    print("list:", c)
    d = {"k": (yield 7)}
    print("dict:", d)
    e = yield
    print("bare yield got", e)
    f = yield from [10, 11]
    print("yield from list returns", f)
    return "end"

g = positions()
out = [next(g)]
try:
    i = 100
    while True:
        out.append(g.send(i))
        i += 1
except StopIteration as e:
    print("stop", e.value)
print(out)

# yield in a lambda makes a generator
lam = lambda x: (yield x)
lg = lam(5)
print(type(lg).__name__, next(lg))
try:
    lg.send("sent")
except StopIteration as e:
    print("lambda returned", e.value)

# yield inside nested data structures and conditional expressions
def cond(flag):
    x = (yield "a") if flag else (yield "b")
    yield ("got", x)
print(list(cond(True)), list(cond(False)))

# yield as a statement in loops, with else
def loops():
    for i in range(3):
        if i == 1:
            continue
        yield i
    else:
        yield "for-else"
    n = 0
    while n < 2:
        n += 1
        yield ("while", n)
    else:
        yield "while-else"
print(list(loops()))

# generator methods, staticmethods, classmethods and generators in class bodies
class C:
    def items(self):
        yield from ("a", "b")
    @staticmethod
    def static():
        yield "static"
    @classmethod
    def klass(cls):
        yield cls.__name__
    vals = list(x * 2 for x in range(3))
print(list(C().items()), list(C.static()), list(C.klass()), C.vals)

# closures over generator locals
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    while True:
        yield bump()
c = counter()
print(next(c), next(c), next(c))

# yield outside a function is a SyntaxError; 'yield' in a comprehension too
for src in ["yield 1\n", "class A:\n    yield 1\n", "def f():\n    return [(yield x) for x in y]\n",
            "def f():\n    x = lambda: (yield from y)\n"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
