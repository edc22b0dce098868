# Plain generators: next(), iteration, exhaustion, return values.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
try:
    next(g)
except StopIteration as e:
    print("again StopIteration", e.args)
print(list(count(5)))
print(sum(count(101)))
print(list(count(0)))

def with_return():
    yield 1
    return "done"

g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("exhausted:", repr(e.value), e.args)

def return_tuple():
    return (1, 2)
    yield

try:
    next(return_tuple())
except StopIteration as e:
    print(e.value, e.args)

def return_none_explicit():
    yield 0
    return None

g = return_none_explicit()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.args, e.value)

# iter(g) is g
g = count(2)
print(iter(g) is g, g.__iter__() is g)
print(g.__next__(), g.__next__())
try:
    g.__next__()
except StopIteration as e:
    print("dunder next StopIteration", e.args)

# for loops swallow return values
for x in with_return():
    print("for", x)

# unpacking and in
a, b, c = count(3)
print(a, b, c)
print(2 in count(5), 7 in count(5))
print(dict(zip(count(3), "abc")))

# empty generator
def empty():
    return
    yield
print(list(empty()))

def yield_none():
    yield
    x = yield
    print("x is", x)

print(list(yield_none()))
