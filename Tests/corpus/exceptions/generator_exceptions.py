def gen():
    try:
        yield 1
    except ValueError as e:
        print("gen caught", repr(e))
        yield 2
    finally:
        print("gen finally")
g = gen()
print(next(g))
print(g.throw(ValueError("thrown")))
g.close()

def gen2():
    yield 1
g = gen2()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("exhausted")

def gen3():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
g = gen3()
next(g)
g.close()

def gen4():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = gen4()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(repr(e))

g = gen2()
try:
    g.throw(TypeError)
except TypeError as e:
    print("unstarted throw", repr(e))
try:
    g.throw(ValueError, ValueError("v"), None)
except ValueError as e:
    print(repr(e))
try:
    g.throw(1)
except TypeError as e:
    print(e)
