def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

class A: pass
class B(A): pass
check(isinstance, B(), A)
check(isinstance, A(), B)
check(isinstance, 1, (str, int))
check(isinstance, 1, int | str)
check(isinstance, True, int)
check(issubclass, B, A)
check(issubclass, bool, (str, int))
check(issubclass, B(), A)
check(isinstance, 1, 1)
check(issubclass, int, 1)
check(isinstance, 1)
class Meta(type):
    def __instancecheck__(cls, obj): return obj == 42
    def __subclasscheck__(cls, sub): return sub is int
class M(metaclass=Meta): pass
check(isinstance, 42, M)
check(isinstance, 41, M)
check(issubclass, int, M)
check(issubclass, str, M)
