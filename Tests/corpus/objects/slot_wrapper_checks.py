# Slot wrappers check their self type and count against the recursion limit.
class A(int):
    __eq__ = str.__eq__
    __add__ = str.__add__
    __repr__ = str.__repr__
    upper = str.upper
a = A()
for f in [lambda: a == a, lambda: a + a, lambda: repr(a), lambda: str.__eq__(a, a), lambda: str.__repr__(1), lambda: a.upper(), lambda: A.upper(a)]:
    try: print(f())
    except TypeError as e: print(e)
class Foo:
    pass
Foo.__repr__ = Foo.__str__
foo = Foo()
try: str(foo)
except RecursionError as e: print(e)
try: repr(foo)
except RecursionError as e: print(e)
class A: pass
A.__call__ = A()
try: A()()
except RecursionError as e: print(e)
