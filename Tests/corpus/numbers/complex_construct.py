# complex(real, imag) with numbers, complex arguments, __complex__, keywords and errors.
def check(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: complex())
check(lambda: complex(1))
check(lambda: complex(1.5, -2))
check(lambda: complex(real=1, imag=2))
check(lambda: complex(imag=2))
check(lambda: complex(1 + 2j))
check(lambda: complex(1 + 2j, 3 + 4j))
check(lambda: complex(1, 3 + 4j))
check(lambda: complex(1j, 1j))
check(lambda: complex(True, False))
check(lambda: complex(2**70))
check(lambda: complex(10**400))
check(lambda: complex(1, 10**400))
check(lambda: complex(float('inf'), float('nan')))
check(lambda: complex(-0.0, -0.0))
check(lambda: complex(x=2))
check(lambda: complex(1, 2, 3))
check(lambda: complex(1, real=2))
check(lambda: complex([]))
check(lambda: complex(1, []))
check(lambda: complex(None))
check(lambda: complex(b'1'))
check(lambda: complex('1', 2))
check(lambda: complex(1, '2'))
class C:
    def __complex__(self):
        return 3 + 4j
class BadC:
    def __complex__(self):
        return 5
class F:
    def __float__(self):
        return 1.5
class I:
    def __index__(self):
        return 4
check(lambda: complex(C()))
check(lambda: complex(C(), 1))
check(lambda: complex(BadC()))
check(lambda: complex(F(), F()))
check(lambda: complex(I(), I()))
class MyComplex(complex):
    pass
m = MyComplex(1, 2)
print(type(m).__name__, m, m + 1, type(m + 1).__name__, complex(m), type(complex(m)).__name__, m.real, m.imag)
z = 1 + 2j
print(complex(z) is z, MyComplex(z) is z)
