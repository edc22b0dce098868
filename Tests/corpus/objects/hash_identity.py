# hash() and identity-based equality of various objects.
class A: pass
a = A()
print(hash(a) == hash(a), a == a, a != A(), hash(A) == hash(A))
def f(): pass
print(hash(f) == hash(f), f == f, hash(len) == hash(len))
print({a: 1}[a], {A: "class"}[A], {f: "func"}[f], {len: "builtin"}[len])
m1, m2 = a.__init__, a.__init__
print(m1 == m2, hash(m1) == hash(m2))
class M:
    def meth(self): pass
x = M()
print(x.meth == x.meth, hash(x.meth) == hash(x.meth), {x.meth: 1}[x.meth])
print(M.meth == M.meth, x.meth != M().meth)
# Unhashable instances.
class U:
    __hash__ = None
try:
    {U()}
except TypeError as e:
    print("TypeError:", e)
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
print(hash(()) == hash(()), hash((1, "a")) == hash((1, "a")))
try:
    hash((1, []))
except TypeError as e:
    print("TypeError:", e)
print(hash(frozenset({1})) == hash(frozenset({1})), hash(None) == hash(None))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False))
print(type.__hash__(int) == hash(int))
