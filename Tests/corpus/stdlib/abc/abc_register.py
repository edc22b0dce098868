from abc import ABC, ABCMeta, get_cache_token
class R(ABC):
    pass
before = get_cache_token()
print(R.register(int), issubclass(int, R), isinstance(3, R), issubclass(bool, R), issubclass(str, R), get_cache_token() != before)
@R.register
class Virtual:
    pass
print(Virtual, issubclass(Virtual, R), isinstance(Virtual(), R), R not in Virtual.__mro__)
class Sub(R): pass
print(issubclass(Sub, R), issubclass(R, Sub), issubclass(int, Sub))
print(R.register(Sub), R.register(R))
try:
    Sub.register(R)
except RuntimeError as e:
    print(e)
for bad in [3, 'x', None]:
    try:
        R.register(bad)
    except TypeError as e:
        print(e)
try:
    issubclass(3, R)
except TypeError as e:
    print(e)
class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            return hasattr(C, 'quack')
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hooked), isinstance(Duck(), Hooked), issubclass(int, Hooked))
class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1
try:
    issubclass(int, BadHook)
except AssertionError as e:
    print('AssertionError', e)
class Meta2(ABCMeta):
    pass
class Q(metaclass=Meta2):
    pass
Q.register(float)
print(isinstance(1.5, Q), issubclass(float, Q), type(Q).__mro__)
R._abc_registry_clear(); R._abc_caches_clear()
print(issubclass(int, R), issubclass(Virtual, R))
class Inst:
    __class__ = int
print(isinstance(Inst(), R), isinstance(Inst(), int))
