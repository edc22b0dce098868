# gen.close(): GeneratorExit at the suspension point, finally blocks, return values,
# "generator ignored GeneratorExit", other exceptions propagate.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = gen()
print(g.close())          # never started: nothing runs
print(g.gi_frame)
try:
    next(g)
except StopIteration:
    print("closed generator is exhausted")

g = gen()
next(g)
print(g.close())
print(g.gi_frame, g.gi_running)
print(g.close())          # closing twice is fine
print(list(g))

g = gen()
print(list(g))
print(g.close())

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise

g = catches_exit()
next(g)
g.close()

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored return value"

g = returns_on_exit()
next(g)
print(g.close())

def yields_on_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = yields_on_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e, e.__context__, e.__cause__)
# the generator is still suspended (at yield 2)
print(g.gi_suspended)
try:
    next(g)
except StopIteration:
    print("finished")

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")

g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)

def raises_stop():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration("stop")

g = raises_stop()
next(g)
try:
    print(g.close())
except RuntimeError as e:
    print("RuntimeError:", e)

def finally_yield():
    try:
        yield 1
    finally:
        yield "in finally"

g = finally_yield()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(g)
except GeneratorExit:
    print("GeneratorExit re-raised after the finally block")
print(next(g, "exhausted"))

# close() takes no arguments
try:
    gen().close(1)
except TypeError as e:
    print("TypeError:", e)

# close while running
def self_closer():
    g.close()
    yield

g = self_closer()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)

# nested finally order
def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")

g = nested()
next(g)
g.close()
print("after close")
