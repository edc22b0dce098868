# complex methods and error messages.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

z = 3 - 4j
print(z.real, z.imag, z.conjugate(), z.__complex__(), z.__getnewargs__(), abs(z), z.__abs__(), z.__bool__(), z.__neg__())
check(lambda: z.conjugate(1))
check(lambda: z.__getnewargs__(1))
check(lambda: z.real.__set__)
check(lambda: setattr(z, 'real', 5))
check(lambda: z.__round__())
check(lambda: round(z))
check(lambda: z.__trunc__())
check(lambda: z.__floor__())
check(lambda: z < z)
check(lambda: hash(z))
check(lambda: z.__format__(1))
check(lambda: complex.conjugate(1.5))
check(lambda: complex.__new__(int))
print(sorted(k for k in dir(z) if not k.startswith('__')))
