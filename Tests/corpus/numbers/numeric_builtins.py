# abs, divmod, pow, round, int, float, complex, bool, hash dispatch to the number slots and dunders.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class N:
    def __abs__(self): return 'abs'
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o): return ('rpow', o)
    def __round__(self, n=None): return ('round', n)
    def __index__(self): return 3
    def __neg__(self): return 'neg'
    def __invert__(self): return 'invert'
n = N()
check(lambda: abs(n))
check(lambda: divmod(n, 1))
check(lambda: divmod(1, n))
check(lambda: pow(n, 2))
check(lambda: pow(n, 2, 5))
check(lambda: pow(2, n))
check(lambda: round(n))
check(lambda: round(n, 2))
check(lambda: -n)
check(lambda: ~n)
check(lambda: [10, 20, 30, 40][n])
check(lambda: 'abcdef'[n:])
check(lambda: bin(n))
check(lambda: hex(n))
check(lambda: 2 ** N())
check(lambda: int(n))
check(lambda: float(n))
check(lambda: complex(n))
check(lambda: abs(-2**70))
check(lambda: abs(-0.0))
check(lambda: abs(True))
check(lambda: divmod(-7, 2))
check(lambda: divmod(-7.5, 2))
check(lambda: divmod(2**70, -3))
check(lambda: divmod('a', 1))
check(lambda: pow(2, 3, 5))
check(lambda: pow(base=2, exp=10, mod=1000))
check(lambda: round(object()))
check(lambda: abs('x'))
check(lambda: -'x')
check(lambda: ~1.5)
check(lambda: +[])
check(lambda: int.__neg__(5))
check(lambda: float.__abs__(-2.5))
check(lambda: complex.__abs__(3+4j))
