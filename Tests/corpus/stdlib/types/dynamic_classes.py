import types
A = types.new_class('A')
print(A, A.__bases__, A.__module__ if False else '-', A.__name__)
B = types.new_class('B', (A,), {}, lambda ns: ns.update({'x': 1, 'f': lambda self: 2}))
print(B.x, B().f(), B.__mro__)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
C = types.new_class('C', (), {'metaclass': Meta, 'flag': 1})
print(type(C), C.injected)
print(types.prepare_class('D', (A,)), types.prepare_class('E', (), {'metaclass': Meta, 'k': 2})[2])
print(types.resolve_bases((int, str)), types.resolve_bases(()))
class Entries:
    def __mro_entries__(self, bases):
        return (int,)
print(types.resolve_bases((Entries(), str))[0])
F = types.new_class('F', (Entries(),))
print(F.__bases__, type(F.__orig_bases__[0]).__name__, F('7'))
try:
    types.resolve_bases((type('Bad', (), {'__mro_entries__': lambda self, b: [int]})(),))
except TypeError as e:
    print(e)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    types.new_class('Z', (X, Y))
except TypeError as e:
    print(e)
print(types._calculate_meta(type, (X,)))
class Cls:
    def __init__(self): self._v = 5
    def _get(self): return self._v
    v = types.DynamicClassAttribute(_get)
print(Cls().v)
try:
    Cls.v
except AttributeError as e:
    print('AttributeError', e)
try:
    types.coroutine(1)
except TypeError as e:
    print(e)
