# A suspended generator whose last reference goes away is closed: finally blocks and
# with-exits run at that moment, in order.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False

def gen(name):
    with CM(name):
        try:
            yield 1
            yield 2
        finally:
            print("finally", name)

g = gen("a")
next(g)
print("dropping a")
g = None
print("dropped a")

g = gen("b")
next(g)
print("del b")
del g
print("deleted b")

# reassigning the last reference
g = gen("c")
next(g)
g = gen("d")
print("reassigned c")
next(g)
del g

# a generator referenced from a list; the list dies
lst = [gen("e"), gen("f")]
for x in lst:
    next(x)
print("clearing list")
lst.clear()
print("cleared")
del x
print("loop variable deleted")

# a never-started generator has nothing to run
g = gen("never")
del g
print("never-started dropped")

# a finished generator is not closed again
g = gen("finished")
for _ in g:
    pass
del g
print("finished dropped")

# a generator that goes out of scope when a function returns
def user():
    g = gen("local")
    next(g)
    print("returning from user")
user()
print("after user")

# a generator dropped by a for loop broken early
for v in gen("loop"):
    print("loop got", v)
    break
print("after break")

# generator expressions too
def source():
    try:
        yield 1
        yield 2
    finally:
        print("source closed")
ge = (x * 2 for x in source())
print(next(ge))
del ge
print("genexp dropped")
