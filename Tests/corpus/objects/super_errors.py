# Zero-argument super() errors.
def check(f):
    try:
        r = f()
        print("ok", r)
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

def no_class():
    return super()
check(no_class)

class A:
    def no_args():
        return super()
    def deleted(self):
        del self
        return super()
    def comp(self):
        return [super() for _ in range(1)]
    def gen(self):
        return list(super().__class__ for _ in range(1))
    def lam(self):
        return (lambda: super())()
    def nested(self):
        def inner():
            return super()
        return inner()
    def nested_with_arg(self):
        def inner(x):
            return super()
        return inner(1)
    @staticmethod
    def static():
        return super()
    @staticmethod
    def static_arg(x):
        return super().__thisclass__
    def star(*args):
        return super().__self__ is args[0]
    def kwonly(*, a):
        return super()
    def rebound(self):
        self = 5
        return super()
check(A.no_args)
check(lambda: A().deleted())
check(lambda: A().comp())
check(lambda: A().gen())
check(lambda: A().lam())
check(lambda: A().nested())
check(lambda: A().nested_with_arg())
check(A.static)
check(lambda: A.static_arg(A()))
check(lambda: A().star())
check(lambda: A.kwonly(a=1))
check(lambda: A().rebound())

# super() at module level, in exec, in a class body.
check(lambda: eval("super()"))
try:
    class B:
        s = super()
except RuntimeError as e:
    print("RuntimeError:", e)

# __class__ in a method: cell contents.
class C:
    def get(self):
        return __class__
print(C().get() is C)

# A method using super() copied to another class still refers to its original class.
class D(C):
    def m(self):
        return super().get
class E: pass
E.m = D.m
try:
    E().m()
except TypeError as e:
    print("TypeError:", e)
