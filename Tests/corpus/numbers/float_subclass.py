# Subclasses of float: construction, arithmetic returns float, reprs, methods.
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat(%s)' % float.__repr__(self)
class Plain(float):
    pass
class WithNew(float):
    def __new__(cls, v, unit='m'):
        obj = float.__new__(cls, v)
        obj.unit = unit
        return obj
a = MyFloat(2.5)
b = Plain('1.25')
print(repr(a), str(a), a + 1, type(a + 1).__name__, type(-a).__name__, type(abs(b)).__name__, float(a), type(float(a)).__name__)
print(b, type(b).__name__, b * 2, b // 1, b % 1, divmod(b, 1), b ** 2, b == 1.25, hash(b) == hash(1.25), round(b, 1), type(round(b, 1)).__name__)
print(b.is_integer(), b.as_integer_ratio(), b.hex(), b.real, type(b.real).__name__, b.conjugate(), type(b.conjugate()).__name__)
print(format(b, '.3f'), f'{a}', f'{b:>8}', '%.1f' % a, int(b), Plain(), Plain(3), Plain(True), Plain(' inf '))
w = WithNew(3.5, 'km')
print(w, w.unit, type(w).__name__, w + 0.5)
b.note = 'x'
print(b.note)
print(isinstance(a, float), Plain.__mro__[1].__name__, type(Plain.fromhex('0x1p1')).__name__, sorted([Plain(2.0), 1.5, MyFloat(0.5)]))
class Weird(float):
    def __float__(self):
        return 9.0
print(float(Weird(1.0)), Weird(1.0) + 0, float.__float__(Weird(1.0)))
