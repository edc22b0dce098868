# vars() and __dict__ on different kinds of objects.
import sys
class A:
    x = 1
a = A()
a.y = 2
print(vars(a), vars(A)["x"], type(vars(A)).__name__)
print(sorted(vars(sys).keys())[:0], "modules" in vars(sys))
def f(): pass
f.attr = 3
print(vars(f))
for obj in (1, "s", [], (), None, len):
    try:
        vars(obj)
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
try:
    vars(a, a)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(x=a)
except TypeError as e:
    print("TypeError:", e)
class NoDict:
    __slots__ = ()
try:
    NoDict().__dict__
except AttributeError as e:
    print("AttributeError:", e)
class BadDictProp:
    @property
    def __dict__(self):
        return 5
print(vars(BadDictProp()))
class RaisingDict:
    @property
    def __dict__(self):
        raise AttributeError("no dict here")
try:
    vars(RaisingDict())
except TypeError as e:
    print("TypeError:", e)
