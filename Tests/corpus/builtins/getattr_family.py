def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

class P:
    x = 1
    def __init__(self): self.y = 2
p = P()
check(getattr, p, 'x')
check(getattr, p, 'y')
check(getattr, p, 'z')
check(getattr, p, 'z', 'dflt')
check(getattr, p, 1)
check(getattr, p)
check(hasattr, p, 'y')
check(hasattr, p, 'nope')
check(hasattr, p, 1)
check(setattr, p, 'z', 3)
print(p.z)
check(setattr, p, 1, 3)
check(setattr, 1, 'a', 2)
check(delattr, p, 'z')
check(hasattr, p, 'z')
check(delattr, p, 'z')
class G:
    def __getattr__(self, n):
        if n == 'boom': raise KeyError(n)
        return n + '!'
check(getattr, G(), 'abc')
check(hasattr, G(), 'boom')
check(getattr, G(), 'boom', 0)
