# int methods and attributes.
vals = [0, 1, -1, 10, -10, 255, 2**64, -(2**64) + 1, 10**30, True, False]
for v in vals:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag,
          v.numerator, v.denominator, type(v.conjugate()).__name__, type(v.real).__name__)
print(int.bit_length(2**1000), (2**1000 - 1).bit_length(), (-(2**1000)).bit_count())
print(int.conjugate(True), int.real.__get__(7), (5).__index__(), (5).__int__(), (5).__float__(), (5).__bool__(), (0).__bool__())
print((5).__neg__(), (5).__pos__(), (-5).__abs__(), (5).__invert__(), (5).__add__(3), (5).__radd__(3), (5).__rsub__(3))
print((5).__add__(1.0), (5).__truediv__(2), (5).__rtruediv__(2), (5).__divmod__(3), (5).__rdivmod__(3), (2).__pow__(10, 1000))
print((5).__lt__(6), (5).__eq__(5.0), (5).__eq__('5'), (5).__hash__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__())
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: (1).bit_length(1))
check(lambda: (1).conjugate(x=1))
check(lambda: (1).__trunc__(1))
check(lambda: (1).__sizeof__(1))
check(lambda: (1).as_integer_ratio(2))
check(lambda: int.bit_length('a'))
check(lambda: (1).numerator.__set__)
