from typing import *
import typing

class Closer(Protocol):
    def close(self) -> None: ...

@runtime_checkable
class RClose(Protocol):
    def close(self) -> None: ...

@runtime_checkable
class HasX(Protocol):
    x: int

class File:
    def close(self): pass

class NoClose:
    close = None

class WithX:
    def __init__(self):
        self.x = 1

print(isinstance(File(), RClose), isinstance(3, RClose), issubclass(File, RClose), issubclass(int, RClose))
print(isinstance(NoClose(), RClose), issubclass(NoClose, RClose))
print(isinstance(WithX(), HasX), isinstance(File(), HasX))
for expr in ["isinstance(File(), Closer)", "issubclass(File, Closer)", "issubclass(WithX, HasX)",
             "Closer()", "RClose()", "runtime_checkable(int)", "issubclass(3, RClose)"]:
    try:
        print(expr, '->', eval(expr))
    except TypeError as e:
        print(expr, '!!', e)

class Impl(RClose):
    def __init__(self, v):
        self.v = v
print(Impl(3).v, isinstance(Impl(1), RClose), Impl._is_protocol, RClose._is_protocol, RClose._is_runtime_protocol)

T = TypeVar('T')
@runtime_checkable
class Getter(Protocol[T]):
    def get(self) -> T: ...
print(Getter[int], Getter.__parameters__, isinstance(type('G', (), {'get': lambda s: 1})(), Getter))

class SubProto(RClose, Protocol):
    def open(self) -> None: ...
print(SubProto._is_protocol, sorted(typing._get_protocol_attrs(SubProto)))

try:
    class Bad(Protocol, int): pass
except TypeError as e:
    print(e)
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3.5, SupportsFloat),
      isinstance(3, SupportsIndex), isinstance(2.5, SupportsIndex), isinstance(-1, SupportsAbs),
      isinstance(1.5, SupportsRound), isinstance(b'x', SupportsBytes), isinstance(1j, SupportsComplex))
print(SupportsAbs[int], SupportsRound.__parameters__, SupportsInt.__abstractmethods__)
