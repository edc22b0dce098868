# __set_name__ is called on class attributes when the class is created.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, inst, owner):
        if inst is None:
            return self
        return inst.__dict__.get(self.name, "default-" + self.name)

class A:
    x = Field()
    y = Field()
    z = 3
a = A()
print(a.x, a.y, A.x.name)
a.__dict__["x"] = 5
print(a.x)

# Not called for attributes added later.
A.w = Field()
print(hasattr(A.w, "name"))

# Called on a type() creation too.
B = type("B", (), {"f": Field()})

# Errors in __set_name__ (3.11: wrapped in RuntimeError with __cause__).
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("bad " + name)
try:
    class C:
        b = Bad()
except BaseException as e:
    print(type(e).__name__ + ":", e)
    print(type(e.__cause__).__name__, e.__cause__)

# __set_name__ looked up on the type, not the instance.
class NoSet:
    pass
n = NoSet()
n.__set_name__ = lambda *a: print("instance attr called")
class D:
    attr = n
print("D created")

# __set_name__ that is not callable
class NotCallable:
    __set_name__ = 3
try:
    class E:
        q = NotCallable()
except BaseException as e:
    print(type(e).__name__ + ":", e)

# The same object under two names is notified twice.
f = Field()
class G:
    one = f
    two = f
print(f.name)

# __set_name__ with wrong arity
class WrongArity:
    def __set_name__(self, owner):
        pass
try:
    class H:
        w = WrongArity()
except BaseException as e:
    print(type(e).__name__ + ":", e)
