# close() and GeneratorExit through yield from.
def inner(name):
    try:
        yield name + " 1"
        yield name + " 2"
    finally:
        print("inner finally", name)

def outer():
    try:
        yield from inner("a")
    finally:
        print("outer finally")

g = outer()
print(next(g))
g.close()
print("closed", g.gi_frame)

# throw(GeneratorExit) closes the sub-generator, then raises in the outer
def outer2():
    try:
        yield from inner("b")
    except GeneratorExit:
        print("outer2 saw GeneratorExit")
        raise
g = outer2()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")

# close of the sub-iterator fails: the error is raised in the outer generator
class BadClose:
    def __iter__(self): return self
    def __next__(self): return "bad"
    def close(self):
        raise ValueError("close failed")

def outer3():
    try:
        yield from BadClose()
    except ValueError as e:
        print("outer3 caught", e)

g = outer3()
next(g)
print(g.close())

def outer4():
    yield from BadClose()
g = outer4()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)

# iterators with and without close
class WithClose:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): print("WithClose.close called")
def outer5():
    yield from WithClose()
g = outer5()
next(g)
g.close()

def outer6():
    yield from iter([1, 2])
g = outer6()
next(g)
g.close()
print("list iterator close: fine")

# the inner ignores GeneratorExit
def stubborn():
    while True:
        try:
            yield "s"
        except GeneratorExit:
            print("stubborn ignores")
def outer7():
    yield from stubborn()
import sys
sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value, u.object.__name__)
g = outer7()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
# the outer finished with that error; the inner was dropped (and finalized) on the way
print(next(g, "outer finished"))
del g
print("end")
