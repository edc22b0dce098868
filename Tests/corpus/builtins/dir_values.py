def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

class A:
    cls_attr = 1
    def method(self): pass
a = A()
a.inst = 2
names = dir(a)
print([n for n in names if n[0] != '_'])
print('__init__' in names, names == sorted(names))
class Custom:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(Custom()))
class BadDir:
    def __dir__(self): return 5
check(dir, BadDir())
check(dir, 1, 2)
def f():
    x = 1
    y = 2
    return dir()
print(f())
print([n for n in dir() if n[0] != '_'][:6])
