# float methods and attributes.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

inf, nan = float('inf'), float('nan')
for v in [0.0, -0.0, 1.0, -2.5, 0.1, 1e20, 1e-20, 2.0**100, 5e-324, 3.0]:
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.__trunc__(), v.__floor__(),
          v.__ceil__(), v.__int__(), v.__float__(), v.__bool__(), v.__getnewargs__())
for v in [inf, -inf, nan]:
    print(repr(v), v.is_integer(), v.conjugate(), v.real, v.imag)
    check(lambda: v.as_integer_ratio())
    check(lambda: v.__trunc__())
    check(lambda: v.__floor__())
    check(lambda: v.__ceil__())
    check(lambda: int(v))
print(float.__getformat__('double'), float.__getformat__('float'))
check(lambda: float.__getformat__('long'))
check(lambda: float.__getformat__(1))
check(lambda: (1.5).is_integer(1))
check(lambda: (1.5).conjugate(1))
check(lambda: (1.5).hex(1))
check(lambda: float.is_integer(1))
check(lambda: (2.5).__floor__(x=1))
print((-2.5).__floor__(), (-2.5).__ceil__(), (-2.5).__trunc__(), (2.5).__neg__(), (2.5).__abs__(), (2.5).__pos__())
print((2.5).__lt__(3), (2.5).__eq__(2.5), (2.5).__eq__('x'), (2.5).__mod__(2), (2.5).__rmod__(7), (2.5).__divmod__(1))
print((7.0).__rfloordiv__(30), (2.0).__pow__(3), (2.0).__rpow__(3), (2.0).__pow__(3, None))
