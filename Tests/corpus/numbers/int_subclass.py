# Subclasses of int: values, arithmetic returns plain int, methods, reprs, __new__.
class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % int(self)
class Plain(int):
    pass
class WithNew(int):
    def __new__(cls, v, extra=None):
        obj = int.__new__(cls, v * 2)
        obj.extra = extra
        return obj

a = MyInt(5)
b = Plain('ff', 16)
c = Plain(2**70)
print(repr(a), str(a), a + 1, type(a + 1).__name__, type(-a).__name__, type(+a).__name__, type(abs(a)).__name__)
print(b, type(b).__name__, b * 2, b // 2, b << 1, type(b << 1).__name__, b == 255, hash(b) == hash(255))
print(c, c - 2**70, type(c - 2**70).__name__, c.bit_length(), c.to_bytes(9, 'big').hex())
print(isinstance(a, int), issubclass(MyInt, int), MyInt.__mro__[1].__name__, int(a), type(int(a)).__name__)
print(format(b, 'x'), format(a, ''), f'{a}', '%d' % a, round(a), type(round(a)).__name__, a.real, type(a.real).__name__)
w = WithNew(21, 'hello')
print(w, w.extra, type(w).__name__)
b.attr = 'x'
print(b.attr, vars(b))
print(Plain(), Plain(3.9), Plain(True), type(Plain(True)).__name__, Plain(' 12 '))
print(sorted([Plain(3), 1, MyInt(2)]), max(Plain(7), 3), Plain(7) in {7}, {Plain(1): 'x'}[1])
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: int.__new__(Plain, 5))
check(lambda: int.__new__(str, 5))
check(lambda: int.__new__(5))
check(lambda: type('B', (bool,), {}))
