# Generators with builtins (zip, map, all, any, unpacking), frames (f_back, f_lasti), exc_info, genexp send.
import sys
def gen():
    yield 1
    yield 2
g = gen()
print(g.gi_frame.f_back, g.gi_frame.f_lasti)
next(g)
print(g.gi_frame.f_back, g.gi_frame.f_lineno, g.gi_frame.f_code.co_name)
def inner():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    yield f.f_back.f_code.co_name if f.f_back else None
def caller():
    it = inner()
    a = next(it)
    return a, it
a, it = caller()
print(a, next(it))
# exception state after generator raises
def bad():
    yield 1
    raise ValueError("bad")
b = bad()
next(b)
try:
    next(b)
except ValueError:
    pass
print(b.gi_frame, b.gi_running, b.gi_suspended)
print(next(b, "default"))
# zip stops
def counting(name, n):
    for i in range(n):
        print(name, "yields", i)
        yield i
print(list(zip(counting("a", 2), counting("b", 5))))
# map / filter over generators
print(list(map(lambda x: x * 2, counting("m", 2))))
# generator close via del inside comprehension of all()
def noisy():
    try:
        yield 1
        yield 0
        yield 2
    finally:
        print("noisy closed")
print(all(noisy()))
print("after all")
print(any(x == 1 for x in noisy()))
print("after any")
# sorted / sum / max of generators
print(sum(i for i in range(10)), max((i % 7 for i in range(20))), sorted(x for x in "hello"))
# unpacking from generators
x, *rest = (i for i in range(4))
print(x, rest)
try:
    p, q = (i for i in range(3))
except ValueError as e:
    print("ValueError:", e)
# generator in except clause keeps its own exc
def g2():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
try:
    raise IndexError
except IndexError:
    it = g2()
    print(next(it), sys.exc_info()[0].__name__)
print(next(it), sys.exc_info()[0])
# send to genexp
ge = (x for x in range(3))
print(next(ge), ge.send(None), ge.send("ignored"))
try:
    ge.send(1)
except StopIteration:
    print("genexp exhausted")
print(ge.gi_code.co_name, ge.__name__, ge.__qualname__)
def outerf():
    return (x for x in [1])
print(outerf().__qualname__)
# generator expression first iterable evaluated eagerly
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
