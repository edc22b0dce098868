def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

class C:
    def __call__(self): pass
class D: pass
def f(): pass
for v in (len, f, lambda: 0, C, C(), D(), 1, 'x', print, [].append, list.append, None):
    print(callable(v))
check(callable)
check(callable, 1, 2)
