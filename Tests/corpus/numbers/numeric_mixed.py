# Mixed int/float/complex arithmetic follows the numeric tower; reflected operators of user classes.
vals = [3, -2, 2**70, 1.5, -0.25, 2 + 1j, True]
for a in vals:
    for b in vals:
        r = []
        for name, f in [('+', lambda: a + b), ('-', lambda: a - b), ('*', lambda: a * b), ('/', lambda: a / b)]:
            try:
                x = f()
                r.append('%s:%s' % (type(x).__name__, repr(x)))
            except Exception as e:
                r.append(type(e).__name__)
        print(repr(a), repr(b), r)
class V:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return 'radd(%r)' % (other,)
    def __rmul__(self, other):
        return 'rmul(%r)' % (other,)
    def __rpow__(self, other):
        return 'rpow(%r)' % (other,)
    def __rtruediv__(self, other):
        return NotImplemented
print(1 + V(0), 2.5 + V(0), 1j + V(0), 3 * V(0), 2 ** V(0), True + V(0), 2**70 * V(0))
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: 1 / V(0))
check(lambda: 1.5 - V(0))
check(lambda: 1j % V(0))
class MyInt(int):
    def __radd__(self, other):
        return 'MyInt.radd'
    def __add__(self, other):
        return 'MyInt.add'
print(1 + MyInt(2), MyInt(2) + 1, 1.5 + MyInt(2), MyInt(2) + 1.5)
class MyFloat(float):
    def __rsub__(self, other):
        return 'MyFloat.rsub'
print(1.0 - MyFloat(2), 1 - MyFloat(2), MyFloat(2) - 1)
