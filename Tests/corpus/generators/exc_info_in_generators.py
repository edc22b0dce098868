# The exception being handled inside a generator is its own (gi_exc_state).
import sys

def gen():
    try:
        raise KeyError("in gen")
    except KeyError:
        print("inside:", repr(sys.exc_info()[1]))
        yield 1
        print("resumed:", repr(sys.exc_info()[1]))
    print("after handler:", repr(sys.exc_info()[1]))
    yield 2

g = gen()
next(g)
print("outside:", sys.exc_info())
try:
    raise ValueError("outer")
except ValueError:
    next(g)
    print("outer still:", repr(sys.exc_info()[1]))
next(g, None)

# a generator started inside an except block sees the caller's exception
def peek():
    yield repr(sys.exc_info()[1])
try:
    raise IndexError("caller")
except IndexError:
    print(next(peek()))

# bare raise inside a generator re-raises the handled exception
def reraiser():
    try:
        raise TypeError("original")
    except TypeError:
        yield "suspended in handler"
        raise

g = reraiser()
next(g)
try:
    next(g)
except TypeError as e:
    print("re-raised:", e)

# context chaining of an exception thrown in while the generator handles one
def handling():
    try:
        raise KeyError("handled")
    except KeyError:
        yield
g = handling()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("context:", repr(e.__context__))

def not_handling():
    yield
g = not_handling()
next(g)
try:
    raise OSError("caller's")
except OSError:
    try:
        g.throw(ValueError("thrown"))
    except ValueError as e:
        print("context:", repr(e.__context__))

# exception raised inside generator gets the caller's handled exception as context
def raiser():
    yield
    raise ValueError("from generator")
g = raiser()
next(g)
try:
    raise KeyError("caller")
except KeyError:
    try:
        next(g)
    except ValueError as e:
        print("context:", repr(e.__context__))
