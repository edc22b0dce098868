# Implicit special method lookups use the type, bypassing the instance and __getattribute__.
class A:
    def __len__(self): return 1
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
a = A()
a.__len__ = lambda: 99
print(len(a))
print(a.__len__())
class B:
    pass
b = B()
b.__repr__ = lambda: "instance repr"
b.__str__ = lambda: "instance str"
b.__eq__ = lambda other: True
b.__hash__ = lambda: 1
b.__call__ = lambda: "called"
print(repr(b).startswith("<__main__.B"), str(b).startswith("<__main__.B"), b == B(), b.__repr__())
try:
    b()
except TypeError as e:
    print("TypeError:", e)
# with statement uses type lookups for __enter__/__exit__.
class CM:
    def __enter__(self): return "entered"
    def __exit__(self, *a): print("exit"); return False
cm = CM()
cm.__enter__ = lambda: "instance enter"
with cm as v:
    print(v)
class NoCM: pass
n = NoCM()
n.__enter__ = lambda: 1
n.__exit__ = lambda *a: None
try:
    with n:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
# __getattr__ is not consulted for special methods.
class G:
    def __getattr__(self, name):
        return lambda *a: "from getattr"
g = G()
try:
    iter(g)
except TypeError as e:
    print("TypeError:", e)
try:
    g + 1
except TypeError as e:
    print("TypeError:", e)
print(g.__add__(1))
# Special methods found on the metaclass do not apply to instances.
class Meta(type):
    def __len__(cls): return 3
class H(metaclass=Meta): pass
print(len(H))
try:
    len(H())
except TypeError as e:
    print("TypeError:", e)
