# Error messages of float.__format__.
def check(v, spec):
    try:
        print(repr(format(v, spec)))
    except Exception as e:
        print(type(e).__name__, e)

for spec in ['abc', 'dd', ',_f', '_,f', ',,f', '.f', '.', ',s', '_x', 'd', 'x', 'b', 'c', 's', 'r', 'i', '\xe9',
             '\u20ac', '=5s', 'z+f', '99999999999999999999f', '.99999999999999999999f', '.2147483648f', '#x', '.3_f',
             ',b', '_n', ',n', '\0']:
    check(1.5, spec)
class F(float):
    pass
check(F(2.5), 'q')
check(F(2.5), ',,')
def check2(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
check2(lambda: (1.5).__format__(1))
check2(lambda: (1.5).__format__())
check2(lambda: float.__format__(1, ''))
