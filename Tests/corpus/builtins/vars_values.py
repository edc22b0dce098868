def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

class A:
    def __init__(self):
        self.a = 1
        self.b = 2
print(vars(A()))
check(vars, 1)
check(vars, 1, 2)
def f(p):
    q = p + 1
    return vars()
print(f(1))
class WithSlots:
    __slots__ = ('x',)
check(vars, WithSlots())
print(type(vars(A)).__name__)
