# __del__ of subclasses of every builtin layout: state moved to a stand-in, resurrection, errors, exit.
saved = []
class S(str):
    def __del__(self):
        print("S del", self, self.tag, type(self).__name__)
        saved.append(self)
s = S("hello"); s.tag = "t1"
del s
print("saved", saved[0], saved[0].tag, type(saved[0]).__name__, len(saved[0]))
saved.clear()
print("cleared (no second del)")
class E(Exception):
    def __del__(self):
        print("E del", self.args, self.note, self.__traceback__ is not None, self.__cause__)
try:
    raise E("boom", 2) from KeyError(1)
except E as e:
    e.note = "n"
    err = e
del err
print("after E")
class T(tuple):
    def __del__(self): print("T del", self, self[0])
t = T((1, [2])); del t
class FS(frozenset):
    def __del__(self): print("FS del", sorted(self), hash(self) == hash(frozenset(self)))
f = FS({3, 1, 2}); del f
class ST(set):
    def __del__(self): print("ST del", sorted(self))
st = ST([5, 4]); st.add(6); del st
class I(int):
    def __del__(self): print("I del", self + 1, 2**70 + self > 2**70)
x = I(2**80); del x
class Boom(int):
    def __del__(self): raise ValueError("from int del")
import sys
sys.unraisablehook = lambda u: print("unraisable", u.exc_type.__name__, u.exc_value, u.object.__qualname__)
b = Boom(3)
del b
print("after boom")
class G(float):
    def __del__(self): print("G exit", self)
g = G(2.5)
class H(bytes):
    def __del__(self): print("H exit", self)
h = H(b"zz")
print("end")
