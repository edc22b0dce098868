# __del__ runs when the last reference goes: del, rebinding, function exit, containers.
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = A("a")
print("before del")
del a
print("after del")

b = A("b1")
b = A("b2")
print("rebound")
b = None
print("set to None")

def f():
    local = A("local")
    print("in f")
f()
print("after f")

def g():
    tmp = A("returned")
    return tmp
r = g()
print("got", r.name)
r = None

c = A("c")
d = c
del c
print("one ref left")
del d
print("no refs")

lst = [A("l0"), A("l1")]
lst.pop()
print("popped")
lst.clear()
print("cleared")

dct = {"k": A("dv")}
del dct["k"]
print("dict item deleted")

# Temporaries die immediately.
A("temp")
print("after temp")
print(A("arg").name)
print("after arg")

# An attribute holding an instance.
holder = A("holder")
holder.child = A("child")
holder.child = None
print("child replaced")
del holder
print("holder deleted")

# Exceptions do not prevent finalization of locals.
def h():
    x = A("in h")
    raise ValueError("boom")
try:
    h()
except ValueError:
    pass
print("after h")
