# throw() through yield from: delegated to sub-generators and iterators with throw().
def inner():
    try:
        yield "inner 1"
    except ValueError as e:
        print("inner caught", e)
        yield "inner recovered"
    yield "inner 2"
    return "inner done"

def outer():
    try:
        r = yield from inner()
        print("outer got", r)
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer recovered"
    yield "outer end"

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
print(next(g))
print(next(g, "finished"))

g = outer()
next(g)
print(g.throw(KeyError("k")))
print(g.gi_yieldfrom)
print(list(g))

# the sub-generator returns when thrown into
def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "returned by inner"

def outer2():
    r = yield from returns_on_throw()
    print("outer2 got", r)
    yield "outer2 continues"

g = outer2()
next(g)
print(g.throw(ValueError))

# an iterator with a throw method
class Thrower:
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def throw(self, *args):
        print("Thrower.throw got", len(args), "args:", [a if not isinstance(a, BaseException) else type(a).__name__ for a in args])
        if args[0] is KeyError:
            raise StopIteration("stop value")
        return "thrown value"

def to_thrower():
    r = yield from Thrower()
    print("to_thrower got", r)
    yield "end"

g = to_thrower()
next(g)
print(g.throw(ValueError))
print(g.throw(ValueError, "x"))
print(g.throw(ValueError, ValueError("y"), None))
print(g.throw(KeyError))

# an iterator without throw: raised in the delegating generator
def to_list():
    try:
        yield from [1, 2, 3]
    except ValueError:
        yield "caught in to_list"
g = to_list()
next(g)
print(g.throw(ValueError))

# errors in the iterator's throw propagate into the generator
class BadThrow:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a):
        raise RuntimeError("throw failed")
def to_bad():
    try:
        yield from BadThrow()
    except RuntimeError as e:
        yield "caught " + str(e)
g = to_bad()
next(g)
print(g.throw(ValueError))

# bad throw arguments are checked innermost
def deep():
    try:
        yield from inner()
    except TypeError as e:
        yield "deep caught TypeError: " + str(e)
g = deep()
next(g)
print(g.throw(1))
g = inner()
next(g)
try:
    g.throw(1)
except TypeError as e:
    print("TypeError:", e)
