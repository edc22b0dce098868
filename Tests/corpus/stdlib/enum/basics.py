import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color, repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED}", Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.__members__, Color(2), Color['BLUE'], Color.RED.name, Color.RED.value)
for t in (lambda: Color(7), lambda: Color['X'], lambda: 3 in Color, lambda: setattr(Color, 'RED', 5), lambda: delattr(Color, 'RED')):
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
try:
    class More(Color): PINK = 5
except Exception as e: print(type(e).__name__, e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except Exception as e: print(type(e).__name__, e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except Exception as e: print(type(e).__name__, e)
class N(IntEnum):
    ONE = 1
    TWO = 2
print(repr(N.ONE), str(N.ONE), format(N.ONE), f"{N.TWO:>4}", N.ONE + 1, N.ONE == 1, N(2), N.ONE < N.TWO, sorted([N.TWO, N.ONE]))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(repr(S.A), str(S.A), S.A == 'a', S.B.upper(), format(S.B))
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
print(repr(P.R | P.W), str(P.R | P.W), repr(P(0)), str(P(0)), list(P.R|P.X), P.R in (P.R|P.W), ~P.R, bool(P(0)), len(P.R|P.W))
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), str(IP.R | IP.W), IP.R | 8, repr(IP(9)), IP.R + 1, repr(~IP.R), format(IP.W))
print(Color.RED == 1, hash(Color.RED) == hash('RED'), Color.RED.__class__, type(Color), type(P))
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower() * 2
    A = auto()
    B = auto()
print(list(Auto))
class Planet(Enum):
    EARTH = (5.97, 6.37)
    MARS = (0.642, 3.39)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.value, repr(Planet.MARS))
F = Enum('F', 'A B C')
print(list(F), F.B.value, Enum('G', [('X', 10), ('Y', 20)]).Y, Enum('H', {'P': 'p'}).P, F.__module__)
class Missing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v):
        return cls.A
print(Missing(99))
print(dir(Color))
print(dir(Color.RED))
print(enum.__all__)
