from fractions import Fraction as F
import fractions, math
def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(fractions.__all__)
for s in ['3/4', ' -1_000/3 ', '1.5e3', '.5', '5.', '1e-2', 'nan', '3/0', '1/-2', '', 'x', '1.2.3', '1__0', '0x10', '+7', '1/2/3', ' 2 /3', '1.5/2', '1E+2', '٣', '5.d', '5.dd', '5.d5', '.', '-.5e-1_0', '1_', '_1', '1e', '1e+', '3.14159', '-0', '\t7/8\n', '1_0.2_5E1_0', '12/1_2', '7e-3 ', '- 1', '+-1']:
    check(F, s)
for a in [(), (1.5,), (F(1, 3), F(2, 5)), (1, 0), (1.5, 2), ('1', 2), (None,), (2, -4), (0, -3), (True, 3), (float('nan'),), (float('inf'),), (-7, 1), (10**30, 6 * 10**29), (3, F(1, 2))]:
    check(F, *a)
a, b = F(3, 4), F(-5, 6)
for x, y in [(a, b), (a, 2), (3, b), (a, 0.5), (0.25, b), (a, 1j), (2j, a), (a, F(0)), (F(0), a)]:
    for op in ['+', '-', '*', '/', '//', '%', '**']:
        try:
            r = eval('x %s y' % op)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(repr(x), op, repr(y), '=', repr(r))
    check(divmod, x, y)
    print(x == y, x != y, end=' ')
    for op in ['<', '<=', '>', '>=']:
        try:
            print(eval('x %s y' % op), end=' ')
        except Exception as e:
            print(type(e).__name__, end=' ')
    print()
print(F(3, 4) ** -2, F(-3, 4) ** -3, F(9, 4) ** F(1, 2), F(2) ** 0.5, 2 ** F(3), 2 ** F(1, 2), F(1, 2) ** 2j, 4 ** F(-1, 2), F(1, 3) ** F(2))
print(+F(-3, 4), -F(3, 4), abs(F(-3, 4)), int(F(-7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)))
for v in [F(5, 2), F(7, 2), F(-5, 2), F(1, 3), F(2, 3)]:
    print(round(v), round(v, 1), round(v, -1), round(F(12345, 7), 2), round(F(12345, 7), -2))
for v in [F(1, 3), F(-1, 3), F(5), F(-1), F(10**20, 3), F(1, 2**61 - 1)]:
    print(hash(v) == hash(float(v)) if v.denominator < 2**53 else None, hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(7)) == hash(7), {F(1, 2): 'x'}[0.5])
print(F(1, 2) == 0.5, F(1, 3) == 1/3, F(1) == 1, F(1, 2) == 0.5 + 0j, F(1, 2) == 'x', F(1, 2) < float('inf'), F(1, 2) > float('nan'), F(1, 2) < 1)
print(F('3.141592653589793').limit_denominator(10), F('3.141592653589793').limit_denominator(100), F(4321, 8765).limit_denominator(10000), F(1, 2).limit_denominator(1), F(3, 2).limit_denominator(1))
check(F(1, 3).limit_denominator, 0)
print(F.from_float(0.3), F.from_float(5), F(1, 3).as_integer_ratio(), str(F(3)), str(F(-3, 7)), repr(F(0)))
check(F.from_float, '1')
print(F(1, 3).numerator, F(1, 3).denominator, bool(F(0)), bool(F(1, 9)), F(7, 3).__reduce__())
class G(F):
    pass
g = G(3, 9)
print(repr(g), repr(g + 1), type(+g).__name__, type(g.__copy__()).__name__, F(2, 3).__copy__() is not None)
print(sorted([F(1, 2), F(1, 3), 0.4, 1]), sum([F(1, 3)] * 3), max(F(1, 2), 0.6))
print(isinstance(F(1, 2), fractions.numbers.Rational), F(1, 2) + True)
print(F(1, 2) / 0.0 if False else 'skip')
check(lambda: F(1, 2) / 0)
check(lambda: F(3, 4) // 0)
check(lambda: F(3, 4) % F(0))
check(lambda: F(0) ** -1)
