# Generators: yield, send, throw, close, return values, yield from, generator expressions.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


print(list(count(4)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)


def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received


e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print(stop.value)


def delegator():
    result = yield from count(3)
    print("inner returned", result)
    yield from "xy"
    return "outer done"


print(list(delegator()))


def thrower():
    try:
        yield 1
        yield 2
    except ValueError as err:
        print("generator caught", err)
        yield 99
    finally:
        print("generator finally")


t = thrower()
print(next(t), t.throw(ValueError("boom")))
t.close()


def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


c = closer()
next(c)
c.close()
print("closed")


def inner_gen():
    try:
        x = yield "first"
        print("inner got", x)
        yield "second"
    except KeyError as k:
        print("inner caught", k)
        yield "recovered"
    return "inner result"


def outer_gen():
    r = yield from inner_gen()
    yield "outer got " + r


o = outer_gen()
print(next(o), o.send("sent"), o.throw(KeyError("thrown")))
print(list(o))

squares = (i * i for i in range(5) if i % 2 == 0)
print(list(squares), sum(x for x in range(10)))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))


def gen_with_return_in_try():
    try:
        yield 1
        return
    finally:
        print("cleanup")


print(list(gen_with_return_in_try()))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])


def stop_iteration_inside():
    yield 1
    raise StopIteration("converted")


try:
    list(stop_iteration_inside())
except RuntimeError as err:
    print("RuntimeError:", err)

lam = lambda: (yield 5)
print(list(lam()))


def yield_in_expression():
    x = 1 + (yield 10) * 2
    yield x


y = yield_in_expression()
print(next(y), y.send(20))
