# Attribute lookups stay correct when classes change after the lookups were cached.
class A:
    x = 1
    def m(self): return "A.m"
class B(A):
    pass
b = B()
def read():
    return b.x, b.m()
for _ in range(3): r = read()
print(r)
A.x = 2
print(read())
B.x = 3
print(read())
del B.x
print(read())
A.m = lambda self: "new A.m"
print(read())
B.m = lambda self: "B.m"
print(read())
b.x = "instance"
print(read())
del b.x
print(read())
# A data descriptor added to the class later overrides the instance dict.
class P:
    pass
p = P()
p.v = "inst"
def getv(): return p.v
for _ in range(3): getv()
print(getv())
P.v = property(lambda self: "property")
print(getv())
del P.v
print(getv())
# Store caches: a later __setattr__ or data descriptor must be honoured.
class S:
    pass
s = S()
def store(v): s.a = v
for i in range(3): store(i)
print(s.a)
S.__setattr__ = lambda self, k, v: object.__setattr__(self, k, v * 10)
store(5)
print(s.a)
del S.__setattr__
store(6)
print(s.a)
class D:
    def __set__(self, inst, v): print("descriptor set", v)
    def __get__(self, inst, owner): return "descriptor get"
S.a = D()
store(7)
print(s.a)
# Method caches and __getattribute__ added later.
class M:
    def f(self): return "f"
m = M()
def call(): return m.f()
for _ in range(3): call()
print(call())
M.__getattribute__ = lambda self, name: (lambda: "intercepted " + name)
print(call())
del M.__getattribute__
print(call())
# Changing __bases__ invalidates lookups.
class X:
    def who(self): return "X"
class Y:
    def who(self): return "Y"
class Z(X): pass
z = Z()
def who(): return z.who()
for _ in range(3): who()
print(who())
Z.__bases__ = (Y,)
print(who())
# Changing __class__.
z.__class__ = X
print(who())
# Module globals and builtins.
def use_len(): return len("abc")
print(use_len())
len = lambda s: "shadowed"
print(use_len())
del len
print(use_len())
