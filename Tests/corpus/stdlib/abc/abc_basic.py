from abc import ABC, ABCMeta, abstractmethod, abstractclassmethod, abstractstaticmethod, abstractproperty, get_cache_token, update_abstractmethods
import abc
class Base(ABC):
    @abstractmethod
    def f(self): ...
    @property
    @abstractmethod
    def p(self): ...
    @classmethod
    @abstractmethod
    def c(cls): ...
print(sorted(Base.__abstractmethods__), Base.f.__isabstractmethod__, type(Base).__name__)
try:
    Base()
except TypeError as e:
    print(e)
class Half(Base):
    def f(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
class Full(Half):
    p = 3
    @classmethod
    def c(cls): return 'c'
print(Full().f(), Full().p, Full.c(), Full.__abstractmethods__)
class One(ABC):
    @abstractmethod
    def only(self): ...
try:
    One()
except TypeError as e:
    print(e)
class Legacy(metaclass=ABCMeta):
    @abstractclassmethod
    def a(cls): ...
    @abstractstaticmethod
    def b(): ...
    @abstractproperty
    def c(self): ...
print(sorted(Legacy.__abstractmethods__))
class Later(ABC):
    @abstractmethod
    def g(self): ...
Later.g = lambda self: 1
print(Later.__abstractmethods__, update_abstractmethods(Later).__abstractmethods__, Later().g())
print(ABC.__slots__, ABC.__doc__, abc.ABCMeta.__doc__.splitlines()[0], type(get_cache_token()).__name__)
print(abstractmethod.__doc__.splitlines()[0], update_abstractmethods(int))
