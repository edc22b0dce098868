# A running generator cannot be resumed: ValueError "generator already executing".
def gen():
    try:
        next(me)
    except ValueError as e:
        print("next:", e)
    try:
        me.send(None)
    except ValueError as e:
        print("send:", e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("throw:", e)
    try:
        me.close()
    except ValueError as e:
        print("close:", e)
    print("running:", me.gi_running, me.gi_suspended)
    yield 1

me = gen()
print(next(me))
print("running after:", me.gi_running, me.gi_suspended)

# via yield from: the outer is running while the inner runs
def inner():
    try:
        next(outer_g)
    except ValueError as e:
        print("inner sees:", e)
    print("outer running:", outer_g.gi_running)
    yield "x"

def outer():
    yield from inner()

outer_g = outer()
print(next(outer_g))

# a generator that iterates itself
def selfiter():
    for x in it:
        yield x
    yield "never"

it = selfiter()
try:
    next(it)
except ValueError as e:
    print("self-iteration:", e)
