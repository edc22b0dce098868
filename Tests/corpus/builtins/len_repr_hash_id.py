def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

check(len, [1, 2])
check(len, 'abc')
check(len, {})
check(len, 5)
check(len)
class L:
    def __len__(self): return 3
check(len, L())
class BadLen:
    def __len__(self): return -1
check(len, BadLen())
check(repr, 'a')
check(repr, [1, 'b'])
check(repr)
check(hash, 1)
check(hash, 'x') if False else None
check(hash, (1, 2)) if False else None
check(hash, [])
check(hash, {})
print(hash(1) == hash(1.0) == hash(True))
check(id)
print(id(1) == id(1), type(id(object())).__name__)
a = object()
print(id(a) == id(a))
