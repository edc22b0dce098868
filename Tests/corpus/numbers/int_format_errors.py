# Error messages of int.__format__.
def check(v, spec):
    try:
        print(repr(format(v, spec)))
    except Exception as e:
        print(type(e).__name__, e)

for spec in ['abc', 'dd', ',_d', '_,d', ',,d', '__d', '.d', '.', ',s', ',x', ',b', ',o', ',X', ',c', '_c', ',n', '_n',
             'z', 'zd', 'z+d', '99999999999999999999d', '.99999999999999999999f', '=5s', 's', 'r', 'i', 'u', 'a', '\0',
             '\xe9', '\u20ac', '+c', ' c', '-c', '#c', '.1', '10.5', '.0d', '.2x', '10.3n', '.3_f', '5.2.1']:
    check(1234, spec)
check(-1, 'c')
check(0x110000, 'c')
check(2**70, 'c')
check(True, 'q')
check(10**400, 'e')
check(10**400, 'f')
check(10**400, '%')
class I(int):
    pass
check(I(3), 'q')
check(I(3), 'xx')
def check2(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
check2(lambda: (1).__format__(1))
check2(lambda: (1).__format__())
check2(lambda: (1).__format__('d', 'x'))
check2(lambda: format(1, 1))
