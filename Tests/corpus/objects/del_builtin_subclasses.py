# __del__ on instances of classes derived from builtin types.
class L(list):
    def __del__(self):
        print("L.__del__", list(self), getattr(self, "tag", None))
l = L([1, 2])
l.tag = "t"
del l
print("after list")
class D(dict):
    def __del__(self):
        print("D.__del__", dict(self))
d = D(a=1)
d = None
print("after dict")
saved = []
class R(list):
    def __del__(self):
        print("R.__del__ resurrects")
        saved.append(self)
r = R([3])
del r
print("saved", saved, type(saved[0]).__name__)
saved.clear()
print("cleared saved (no second __del__)")
class Raises(dict):
    def __del__(self):
        raise ValueError("from dict subclass")
import sys
sys.unraisablehook = lambda u: print("unraisable", type(u.exc_value).__name__, u.exc_value)
x = Raises()
del x
print("end")
keep = L([9])
