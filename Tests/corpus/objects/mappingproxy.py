from types import MappingProxyType as MP
from collections import OrderedDict, UserDict
m = MP({"a": 1, "b": 2})
print(m, repr(m), str(m), len(m), m["a"], "a" in m, list(m), list(reversed(m)))
print(m.get("a"), m.get("z"), m.get("z", 5), m.keys(), m.values(), m.items(), m.copy(), type(m.copy()))
print(m | {"c": 3}, {"c": 3} | m, type(m | {}))
try: m |= {}
except TypeError as e: print(e)
try: m["a"] = 3
except TypeError as e: print(e)
try: del m["a"]
except TypeError as e: print(e)
try: m.x = 1
except AttributeError as e: print(e)
print(m == {"a": 1, "b": 2}, m != {}, m == m)
try: hash(m)
except TypeError as e: print(e)
try: MP([1, 2])
except TypeError as e: print(e)
try: MP(5)
except TypeError as e: print(e)
try: MP()
except TypeError as e: print(e)
try: MP(mapping={})
except TypeError as e: print(e)
print(MP(mapping={"q": 1}))
u = MP(UserDict(x=1)); print(u["x"], len(u), list(u), u.get("x"), u.copy())
o = MP(OrderedDict(a=1)); print(o, o.copy())
try: m.get()
except TypeError as e: print(e)
try: m.get("a", 1, 2)
except TypeError as e: print(e)
try: m.get(key="a")
except TypeError as e: print(e)
try: m["zz"]
except KeyError as e: print(repr(e))
print(MP[int], type(m).__name__, m.__class__)
class D(dict):
    def __missing__(self, k): return "missing"
print(MP(D())["x"])
try: MP.__new__(MP, ())
except TypeError as e: print(e)
print(MP(m), sorted(dir(m))[-8:])
import sys
s = MP({1: 2})
print(s < s if False else "skip", s.__len__())
try: m < m
except TypeError as e: print(e)
class T: pass
try: MP(T())
except TypeError as e: print(e)
class G:
    def __getitem__(self, k): return k
print(MP(G())["z"])
try: print(type(iter(MP(G()))).__name__)
except TypeError as e: print(e)
