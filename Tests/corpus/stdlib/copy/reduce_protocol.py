import copyreg
class A:
    def __init__(self): self.x = 1
a = A()
r = a.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1] == (A,), r[2], r[3], r[4])
print(a.__reduce_ex__(4)[2], len(a.__reduce_ex__(4)))
r0 = a.__reduce_ex__(0); print(r0[0] is copyreg._reconstructor, r0[1] == (A, object, None), r0[2])
r1 = a.__reduce__(); print(r1[0] is copyreg._reconstructor, r1[2])
class E:
    pass
print(len(E().__reduce_ex__(1)), E().__reduce_ex__(3)[2])
class K:
    def __init__(self, a, *, b): self.a = a; self.b = b
    def __getnewargs_ex__(self): return ((self.a,), {'b': self.b})
    def __new__(cls, a, *, b): return super().__new__(cls)
k = K(1, b=2); rk = k.__reduce_ex__(4)
print(rk[0] is copyreg.__newobj_ex__, rk[1][1:], rk[2])
class Bad:
    def __getnewargs_ex__(self): return 5
try:
    Bad().__reduce_ex__(4)
except TypeError as e:
    print(e)
class Bad2:
    def __getnewargs_ex__(self): return (1,)
try:
    Bad2().__reduce_ex__(4)
except ValueError as e:
    print(e)
class Bad3:
    def __getnewargs__(self): return [1]
try:
    Bad3().__reduce_ex__(4)
except TypeError as e:
    print(e)
class L(list): pass
rl = L([1, 2]).__reduce_ex__(2); print(rl[1] == (L,), rl[2], list(rl[3]), rl[4])
class D(dict): pass
rd = D(a=1).__reduce_ex__(2); print(rd[2], rd[3], list(rd[4]))
class S:
    __slots__ = ('p', 'q')
s = S(); s.p = 1
print(s.__reduce_ex__(2)[2])
print(copyreg._slotnames(S), S.__slotnames__)
class S2(S):
    __slots__ = ('__priv', 'r')
print(copyreg._slotnames(S2))
try:
    S().__reduce_ex__(0)
except TypeError as e:
    print(e)
class OverrideReduce:
    def __reduce__(self): return (str, ('hi',))
print(OverrideReduce().__reduce_ex__(2))
try:
    copyreg.add_extension('m', 'n', 0)
except ValueError as e:
    print(e)
copyreg.add_extension('m', 'n', 5); copyreg.add_extension('m', 'n', 5)
try:
    copyreg.add_extension('m', 'o', 5)
except ValueError as e:
    print(e)
copyreg.remove_extension('m', 'n', 5)
try:
    copyreg.remove_extension('m', 'n', 5)
except ValueError as e:
    print(e)
print(copyreg.__all__, copyreg.dispatch_table[complex](3+4j))
class I(int): pass
i = I(5); i.z = 1
print(i.__reduce_ex__(2)[1:3], i.__reduce_ex__(0)[1], i.__reduce_ex__(0)[2])
