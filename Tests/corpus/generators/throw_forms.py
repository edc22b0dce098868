# gen.throw() argument forms (3.11: no DeprecationWarning for the 3-argument form).
def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            print("caught", type(e).__name__, e.args)

g = catcher()
next(g)
print(g.throw(ValueError))
print(g.throw(ValueError, "msg"))
print(g.throw(ValueError, ("a", "b")))
print(g.throw(ValueError, ValueError("inst")))
print(g.throw(ValueError("instance")))
print(g.throw(KeyError, None))
print(g.throw(LookupError, KeyError("sub")))
print(g.throw(OSError, (2, "No such file")))

class MyErr(Exception):
    def __init__(self, *args):
        print("MyErr init", args)
        super().__init__(*args)

print(g.throw(MyErr, 5))

def errors(*args, **kw):
    try:
        g.throw(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ":", e)

errors(ValueError("x"), "value")
errors(1)
errors("str")
errors(object)
errors(ValueError, 1, 2)
errors(ValueError, 1, 2, 3)
errors()
errors(typ=ValueError)
errors(ValueError, None, None)
try:
    raise KeyError("with tb")
except KeyError as e:
    tb = e.__traceback__
print(g.throw(KeyError, KeyError("k"), tb))
print(g.throw(KeyError("k2"), None, tb))

# throw with a traceback keeps it
def rethrower():
    try:
        yield
    except Exception as e:
        yield e.__traceback__ is not None

g = rethrower()
next(g)
print(g.throw(ValueError, ValueError(), tb))

# uncaught: propagates out of throw
def simple():
    yield 1
    yield 2

g = simple()
next(g)
try:
    g.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("propagated", e)
print(g.gi_frame)
try:
    next(g)
except StopIteration:
    print("finished after throw")

# BaseException subclasses are fine
g = simple()
next(g)
try:
    g.throw(KeyboardInterrupt)
except KeyboardInterrupt:
    print("KeyboardInterrupt propagated")
