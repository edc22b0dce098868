import sys
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno, sys.exception() if hasattr(sys, "exception") else "n/a")
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[1])
    print(sys.exc_info()[1])
print(sys.exc_info())

def gen():
    print("gen start", sys.exc_info()[0])
    try:
        raise TypeError("in gen")
    except TypeError:
        yield sys.exc_info()[0].__name__
        print("gen resumed", sys.exc_info()[0].__name__)
    yield sys.exc_info()[0]

g = gen()
try:
    raise IndexError("outer")
except IndexError:
    print(next(g))
    print("caller sees", sys.exc_info()[0].__name__)
print(next(g))
print(sys.exc_info())

def handler_in_function():
    return sys.exc_info()[0]
try:
    raise OSError
except OSError:
    print(handler_in_function().__name__)

try:
    try:
        raise ValueError("inner")
    finally:
        print("finally sees", sys.exc_info()[0].__name__)
except ValueError:
    pass
print(sys.exc_info())
