# __dict__ of classes derived from builtin types with their own dict (get_builtin_base_with_dict).
import types
class Base: pass
class Meta1(type, Base): pass
class D(metaclass=Meta1): pass
dd = Base.__dict__["__dict__"]
try: dd.__set__(D, {})
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
try: del D.__dict__
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
print(type(dd.__get__(D)).__name__)
class M1(types.ModuleType, Base): pass
m = M1("spam")
try: dd.__set__(m, {})
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
print(type(dd.__get__(m)).__name__, dd.__get__(m)["__name__"])
class E(Exception, Base): pass
e = E()
dd.__set__(e, {"a": 1}); print(e.a)
class F(Base): pass
f = F(); dd.__set__(f, {"q": 2}); print(f.q)
try: dd.__set__(1, {})
except TypeError as e: print(e)
