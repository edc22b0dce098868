from enum import Enum, IntEnum, StrEnum, auto, unique, verify, CONTINUOUS, NAMED_FLAGS, UNIQUE, member, nonmember, property as eprop, Flag
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    @property
    def doubled(self): return self.value * 2
    def describe(self): return f'{self.name} is {self.value}'
    @classmethod
    def favourite(cls): return cls.CIRCLE
print(Shape.DIAMOND.doubled, Shape.SQUARE.describe(), Shape.favourite(), Shape.ALIAS_FOR_SQUARE)
print(Shape(2) is Shape.ALIAS_FOR_SQUARE, [s.name for s in Shape], list(reversed(Shape)))
class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
try:
    class Bad(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e: print(e)
class Ign(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    X = 1
print(list(Ign), hasattr(Ign, 'tmp'))
class WithMember(Enum):
    A = 1
    f = member(lambda: 3)
    n = nonmember(7)
print([m.name for m in WithMember], WithMember.n, WithMember.f.value())
try:
    @verify(CONTINUOUS)
    class Gap(Enum):
        A = 1
        C = 3
except ValueError as e: print(e)
try:
    @verify(UNIQUE)
    class Al(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
try:
    @verify(NAMED_FLAGS)
    class NF(Flag):
        A = 1
        AB = 3
except ValueError as e: print(e)
class Coord(bytes, Enum):
    R = (0, 'red')
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
print(Coord.R.name, Coord.R.value, Coord.R.label, Coord(0), bytes(Coord.R))
class Mood(Enum):
    HAPPY = 3
    SAD = 1
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Mood('happy'), Mood(1))
try: Mood(7)
except ValueError as e: print(e)
class BadMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return 5
try: BadMissing(2)
except TypeError as e: print(e, '|', e.__context__)
try:
    class Sunder(Enum):
        _bad_ = 1
except ValueError as e: print(e)
try:
    class Mro(Enum):
        mro = 1
except ValueError as e: print(e)
try:
    class Mix(int, str, Enum):
        A = 1
except TypeError as e: print(str(e).split(':')[0])
try:
    class NoEnum(int, str): pass
    class Wrong(Enum, int): A = 1
except TypeError as e: print(e)
Animal = Enum('Animal', 'ANT BEE CAT', start=10)
print(list(Animal), Animal.__qualname__, Animal.__module__)
Nums = IntEnum('Nums', [('ONE', 1), ('TWO', 2)])
print(list(Nums), Nums.ONE + Nums.TWO, Nums.__module__)
Q = Enum('Q', 'a,b', qualname='Outer.Q', type=int)
print(Q.a, repr(Q.b), Q.__qualname__, Q.b + 1)
class S(StrEnum):
    X = 'x'
    Y = auto()
print(S.X + S.Y, S('y'), S.X.upper(), S.Y == 'y', f'{S.X}', '%s' % S.X, repr(S.X))
try:
    class BadS(StrEnum):
        A = 1
except TypeError as e: print(e)
import copy
print(copy.copy(Shape.SQUARE) is Shape.SQUARE, copy.deepcopy(Shape.SQUARE) is Shape.SQUARE)
print(Shape.SQUARE.__reduce_ex__(4), Shape.SQUARE == Shape.SQUARE, Shape.SQUARE != Shape.CIRCLE, Shape.SQUARE == 2)
print({Shape.SQUARE: 1}[Shape.ALIAS_FOR_SQUARE], sorted(Shape.__members__))
try: Shape.SQUARE < Shape.CIRCLE
except TypeError as e: print(e)
class Init(Enum):
    A = 1
    def __init_subclass__(cls, **kw): pass
print(dir(Init))
print(dir(Nums.ONE)[:5], 'ONE' in dir(Nums), len(dir(Nums)) > 40)
class Base(Enum):
    def hello(self): return 'hello ' + self.name
class Derived(Base):
    A = 1
print(Derived.A.hello(), isinstance(Derived.A, Base), Derived.__mro__[1:])
try: Derived.A.value = 5
except AttributeError as e: print(e)
try: del Derived.A.name
except AttributeError as e: print(e)
print(Derived.A.name, Derived.A.value, Derived.name if False else 'x')
try: Derived.name
except AttributeError as e: print('AttributeError', e)
class Named(Enum):
    name = 1
    value = 2
print(Named.name, Named.value, Named.name.name, Named.value.value)
