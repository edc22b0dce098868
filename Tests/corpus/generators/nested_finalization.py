# Dropping a generator suspended in a yield from chain closes the chain innermost first;
# errors and ignored GeneratorExit in the chain.
import sys

def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value)
sys.unraisablehook = hook

def level(name, child=None):
    try:
        if child is None:
            yield name
        else:
            yield from child
    finally:
        print("finally", name)

g = level("outer", level("middle", level("inner")))
print(next(g))
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.__name__)
del g
print("--")

# the inner generator ignores GeneratorExit: the error surfaces in the outer one
def stubborn():
    while True:
        try:
            yield "stubborn"
        except GeneratorExit:
            print("stubborn ignores exit")

def wrapper():
    try:
        yield from stubborn()
    except RuntimeError as e:
        print("wrapper sees", e)
        raise
    finally:
        print("wrapper finally")

g = wrapper()
next(g)
del g
print("--")

# the inner generator raises while closing: the outer generator's handler sees it
def failing_inner():
    try:
        yield 1
    finally:
        raise KeyError("inner cleanup")

def catching_outer():
    try:
        yield from failing_inner()
    except KeyError as e:
        print("outer caught", e)
        yield "after catch"

g = catching_outer()
next(g)
del g
print("--")

# an iterator with a close() method in the chain is closed too
class Closable:
    def __iter__(self):
        return self
    def __next__(self):
        return "closable"
    def close(self):
        print("Closable.close called")

def uses_closable():
    try:
        yield from Closable()
    finally:
        print("uses_closable finally")

g = uses_closable()
next(g)
del g
print("--")

# a close() method that raises
class BadClose(Closable):
    def close(self):
        raise ValueError("bad close")

def uses_bad():
    try:
        yield from BadClose()
    finally:
        print("uses_bad finally")

g = uses_bad()
next(g)
del g
print("end")
