# module.__dir__, module subclasses with their own data descriptors.
import sys
class M(type(sys)): pass
m = M("m"); m.b = 2; m.a = 1
print(dir(m))
print(type(sys).__dir__ is object.__dir__, '__dir__' in type(sys).__dict__)
class M2(M):
    def getdict(self): return "Not a dict!"
    __dict__ = property(getdict)
m2 = M2("m2"); m2.b = 1
try: dir(m2)
except TypeError as e: print(e)
print(dir(sys) == sorted(sys.__dict__))
import types
mod = types.ModuleType("zz")
mod.__dir__ = lambda: ["x", "b"]
print(dir(mod))
