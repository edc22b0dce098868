# xfail: needs runtime features not in swiftpy yet (see the test's first failure)
# import forms and variable annotations.
import os
import os.path
import os.path as osp
from collections import OrderedDict, namedtuple as nt
from json import *
import importlib.machinery

print(os.path is osp, OrderedDict.__name__, nt.__name__, dumps([1]), importlib.machinery.__name__)


def local_import():
    import math
    from math import pi as PI, floor
    return math.sqrt(16), round(PI, 2), floor(2.5)


print(local_import())

x: int = 5
y: "str"
z: list[int] = []
print(__annotations__)


class Annotated:
    a: int
    b: str = "b"
    c: "forward"

    def method(self):
        v: int = 3
        w: float
        return v


print(Annotated.__annotations__, Annotated.b, Annotated().method())
obj = Annotated()
obj.attr: int = 7
print(obj.attr)
d = {}
d["key"]: str = "value"
print(d)


def f(a: int, b: str = "x") -> None:
    pass


print(f.__annotations__)
