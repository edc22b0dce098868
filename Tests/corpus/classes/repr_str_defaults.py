# Default __repr__/__str__/__format__ and overriding them.
import sys
class A: pass
r = repr(A())
print(r.startswith("<__main__.A object at 0x"), r.endswith(">"))
print(str(A()) .startswith("<__main__.A object at 0x"))

class B:
    def __repr__(self):
        return "B()"
print(repr(B()), str(B()), f"{B()}", format(B()), "%s %r" % (B(), B()), [B()], (B(),), {1: B()})

class C:
    def __str__(self):
        return "C-str"
print(str(C()), f"{C()}", format(C(), ""), repr(C()).startswith("<__main__.C"))

class D:
    def __repr__(self):
        return 42
try:
    repr(D())
except TypeError as e:
    print("TypeError:", e)
try:
    str(D())
except TypeError as e:
    print("TypeError:", e)

class E:
    def __str__(self):
        return None
try:
    str(E())
except TypeError as e:
    print("TypeError:", e)
try:
    print(E())
except TypeError as e:
    print("TypeError:", e)

class SubStr(str): pass
class F:
    def __repr__(self):
        return SubStr("sub")
    def __str__(self):
        return SubStr("substr")
print(repr(F()), type(repr(F())).__name__, str(F()), type(str(F())).__name__)

# Default __format__ with a non-empty spec.
try:
    format(A(), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{A():>10}"
except TypeError as e:
    print("TypeError:", e)
print(format(B(), ""))

class G:
    def __format__(self, spec):
        return "G[" + spec + "]"
print(format(G(), "abc"), f"{G():xyz}", "{:q}".format(G()), f"{G()!r}".startswith("<__main__.G"))

class H:
    def __format__(self, spec):
        return 1
try:
    format(H())
except TypeError as e:
    print("TypeError:", e)

# object.__format__ called with a non-str.
try:
    object.__format__(A(), 1)
except TypeError as e:
    print("TypeError:", e)

# Recursion in __repr__.
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("RecursionError")

# __repr__ of a class with a metaclass __repr__.
class Meta(type):
    def __repr__(cls):
        return "<Meta " + cls.__name__ + ">"
class M(metaclass=Meta): pass
print(repr(M), str(M), [M])

# repr of a nested class instance uses the qualname.
class Outer:
    class Inner: pass
print(repr(Outer.Inner()).startswith("<__main__.Outer.Inner object at 0x"))

# __str__ defined, __repr__ default; container repr uses __repr__.
print([C()][0] is not None, str([C()]).startswith("[<__main__.C object"))

# object.__str__ calls type(self).__repr__
class S:
    def __repr__(self):
        return "S-repr"
print(object.__str__(S()), object.__repr__(S()).startswith("<__main__.S object"))
