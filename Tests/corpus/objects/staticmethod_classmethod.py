# staticmethod and classmethod.
class A:
    @staticmethod
    def s(x):
        return ("static", x)
    @classmethod
    def c(cls, x):
        return ("class", cls.__name__, x)
class B(A): pass
print(A.s(1), A().s(2), B.s(3))
print(A.c(1), A().c(2), B.c(3), B().c(4))
sm = A.__dict__["s"]
cm = A.__dict__["c"]
print(type(sm).__name__, type(cm).__name__, sm.__func__ is A.s, cm.__func__.__name__)
print(sm.__wrapped__ is sm.__func__, cm.__wrapped__ is cm.__func__)
print(sm.__get__(None, A) is A.s, cm.__get__(None, B)(5), cm.__get__(B())(6))

# In 3.10+ staticmethod objects are callable.
print(sm(7))
try:
    cm(1)
except TypeError as e:
    print("TypeError:", e)

# Wrapping non-functions.
class C:
    st = staticmethod(len)
    cl = classmethod(len)
print(C.st("abc"))
try:
    C.cl()
except TypeError as e:
    print("TypeError:", e)
print(C.cl.__self__ is C)

# classmethod wrapping another descriptor (3.9-3.12 chain through __get__).
class D:
    @classmethod
    @property
    def cp(cls):
        return "classproperty of " + cls.__name__
print(D.cp, D().cp)

# Attributes copied from the wrapped function (3.10+).
def doc_func():
    "function doc"
doc_func.custom = 1
s = staticmethod(doc_func)
c = classmethod(doc_func)
print(s.__doc__, s.__name__, s.__qualname__, c.__doc__, c.__name__)
print(s.__dict__, c.__dict__)

# __isabstractmethod__
def abstract(): pass
abstract.__isabstractmethod__ = True
print(staticmethod(abstract).__isabstractmethod__, classmethod(abstract).__isabstractmethod__, staticmethod(len).__isabstractmethod__)

# Argument errors.
for f, args in ((staticmethod, ()), (staticmethod, (1, 2)), (classmethod, ()), (classmethod, (1, 2))):
    try:
        f(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    staticmethod(f=len)
except TypeError as e:
    print("TypeError:", e)
try:
    classmethod(f=len)
except TypeError as e:
    print("TypeError:", e)

# Non-callable wrapped objects fail only when called.
class E:
    s = staticmethod(5)
    c = classmethod(5)
print(E.s)
try:
    E.c()
except TypeError as e:
    print("TypeError:", e)

# repr
print(repr(staticmethod(len)), repr(classmethod(len)))

# Subclasses of staticmethod/classmethod.
class MySM(staticmethod): pass
class F:
    @MySM
    def m(x): return x * 2
print(F.m(4), type(F.__dict__["m"]).__name__)

# classmethod on a metaclass.
class Meta(type):
    @classmethod
    def mc(mcls):
        return mcls.__name__
class G(metaclass=Meta): pass
print(G.mc(), Meta.mc())

# __init_subclass__/__class_getitem__ are classmethods automatically; __new__ is static.
class H:
    def __new__(cls):
        return super().__new__(cls)
    def __init_subclass__(cls): pass
print(type(H.__dict__["__new__"]).__name__, type(H.__dict__["__init_subclass__"]).__name__)

# staticmethod's __get__ with no owner.
try:
    print(sm.__get__(None)(9))
except TypeError as e:
    print("TypeError:", e)
print(sm.__get__(1)(9), sm.__get__(None, int)(10))
