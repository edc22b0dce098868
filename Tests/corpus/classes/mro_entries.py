# PEP 560: __mro_entries__ on non-class bases.
class Base: pass
class Mixin: pass

class Entry:
    def __mro_entries__(self, bases):
        print("mro_entries", [getattr(b, "__name__", type(b).__name__) for b in bases])
        return (Base,)

class A(Entry(), Mixin): pass
print(A.__bases__, A.__orig_bases__[1] is Mixin, type(A.__orig_bases__[0]).__name__)
print([c.__name__ for c in A.__mro__])

# Returning an empty tuple removes the base.
class Gone:
    def __mro_entries__(self, bases):
        return ()
class B(Gone()): pass
print(B.__bases__)

# Returning several bases.
class Two:
    def __mro_entries__(self, bases):
        return (Base, Mixin)
class C(Two()): pass
print(C.__bases__)

# Non-tuple result.
class BadEntry:
    def __mro_entries__(self, bases):
        return [Base]
try:
    class D(BadEntry()): pass
except TypeError as e:
    print("TypeError:", e)

# Not a class and no __mro_entries__.
try:
    class E(42): pass
except TypeError as e:
    print("TypeError:", e)

# type() does not resolve MRO entries.
try:
    type("F", (Entry(),), {})
except TypeError as e:
    print("TypeError:", e)

# Classes with __mro_entries__ are used as classes, not resolved.
class WithMethod:
    def __mro_entries__(self, bases):
        return (Base,)
class G(WithMethod): pass
print(G.__bases__, "__orig_bases__" in G.__dict__)

# A generic alias resolves to its origin.
class H(list[int]): pass
print(H.__bases__, H.__orig_bases__)

# duplicate base after resolution
class Dup:
    def __mro_entries__(self, bases):
        return (Base,)
try:
    class I(Dup(), Base): pass
except TypeError as e:
    print("TypeError:", e)
