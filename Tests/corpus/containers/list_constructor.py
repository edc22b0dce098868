print(list(), list([]), list([1, 2]), list((1, 2)), list('ab'), list(range(3)))
print(list({'a': 1}), list({3, 1, 2}), list(frozenset()), list(b'hi'), list(x for x in 'abc'))
l = [9, 9]
l.__init__([1, 2, 3])
print(l)
l.__init__()
print(l)
l.__init__('xy')
print(l)
a = [1, 2]
b = list(a)
print(a == b, a is b)
class L(list):
    def __init__(self, x):
        print('init with', x)
        super().__init__(x)
print(L('ab'))
class NoInit(list):
    pass
print(NoInit('ab'), NoInit())
def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)
check(lambda: list(1))
check(lambda: list(1, 2))
check(lambda: list(x=1))
check(lambda: list(None))
check(lambda: list.__new__(list, 1, 2, 3))
check(lambda: list.__new__(int))
check(lambda: list.__init__(1))
