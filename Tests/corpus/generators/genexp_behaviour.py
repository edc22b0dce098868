# Generator expressions: laziness, the first iterable evaluated at once, scoping.
def source(n):
    print("source called")
    for i in range(n):
        print("producing", i)
        yield i

g = (x * 10 for x in source(3))
print("created", type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(list(g))

try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)

def make():
    return (y for y in range(2) if y)
print(make().__qualname__)

# nested for and if
print(list((a, b) for a in range(3) for b in range(a) if b % 2 == 0))

# closure over a loop variable
gens = [(i * j for j in range(2)) for i in range(3)]
print([list(g) for g in gens])

# errors in the body are raised at iteration time
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g, "exhausted after error"))

# send/throw/close work on generator expressions
g = (x for x in range(5))
print(next(g), g.send(None))
try:
    g.throw(ValueError("into genexp"))
except ValueError as e:
    print("ValueError:", e)
g = (x for x in range(5))
g.close()
print(list(g))

# as a function argument
print(sum(x * x for x in range(10)))
print(max((len(s), s) for s in ["a", "bbb", "cc"]))
print("-".join(str(i) for i in range(4)))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))

# the outermost iterable is evaluated in the enclosing scope
class K:
    items = [1, 2]
    doubled = list(x * 2 for x in items)
print(K.doubled)
try:
    class K2:
        items = [1, 2]
        n = 3
        bad = list(x * n for x in items)
except NameError as e:
    print("NameError:", e)

# a generator expression is consumed once
g = (c for c in "xy")
print(list(g), list(g))
print(tuple(x for x in ()), set(x % 2 for x in range(10)) == {0, 1})
