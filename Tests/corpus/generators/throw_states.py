# throw() into just-started, suspended, and finished generators.
def gen():
    print("started")
    try:
        yield 1
    except ValueError:
        print("handled ValueError")
        yield 2
    finally:
        print("finally")

g = gen()
try:
    g.throw(ValueError("before start"))
except ValueError as e:
    print("raised without running:", e)
print(g.gi_frame)
try:
    next(g)
except StopIteration:
    print("stopped")

g = gen()
print(next(g))
print(g.throw(ValueError))
try:
    next(g)
except StopIteration:
    print("stopped")

g = gen()
print(list(g))
try:
    g.throw(KeyError("finished"))
except KeyError as e:
    print("finished generator reraises", e)
try:
    g.throw(StopIteration)
except StopIteration as e:
    print("StopIteration thrown into finished", e.args)

# throw StopIteration into a suspended generator -> RuntimeError
g = gen()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# GeneratorExit via throw
g = gen()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")

# generator catches and yields again -> throw returns the value
def stubborn():
    while True:
        try:
            yield "alive"
        except BaseException as e:
            print("ignored", type(e).__name__)

g = stubborn()
next(g)
print(g.throw(GeneratorExit))
print(g.throw(SystemExit))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

import sys
def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, u.err_msg, type(u.object).__name__, u.object.__qualname__)
sys.unraisablehook = hook
del g
print("end")
