# Bound methods of different callables: repr, __self__, __func__, __name__.
class A:
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
    def __repr__(self): return "A()"
a = A()
print(repr(a.m), repr(A.c).startswith("<bound method A.c of <class"), repr(a.s).startswith("<function A.s"))
print(a.m.__name__, a.m.__qualname__, a.m.__func__.__name__, a.c.__self__ is A, a.c.__func__.__name__)
print(a.m.__doc__, A.m.__doc__)
class Doc:
    def m(self):
        "method doc"
print(Doc().m.__doc__)
# Bound method of a callable object (not a function).
class Callable:
    def __call__(self, *a): return a
    __name__ = "callable_name"
    __qualname__ = "CallableQual"
MethodType = type(a.m)
bm = MethodType(Callable(), a)
print(bm(1), repr(bm))
class NoQualname:
    def __call__(self, *a): return a
nq = MethodType(NoQualname(), a)
print(repr(nq).startswith("<bound method ? of A()>"))
# Method attributes cannot be set.
try:
    a.m.__doc__ = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.m.__func__ = None
except AttributeError as e:
    print("AttributeError:", e)
# Methods are not equal across different instances, equal for the same instance and function.
b = A()
print(a.m == b.m, a.m == a.m, a.m != b.m)
print(a.c == b.c, a.c == A.c)
