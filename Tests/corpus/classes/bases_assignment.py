# Assigning __bases__ changes the MRO and lookups.
class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
class C(A): pass
c = C()
print(c.f(), C.__bases__)
C.__bases__ = (B,)
print(c.f(), C.__bases__, [k.__name__ for k in C.__mro__])
class D(C): pass
print(D().f())
C.__bases__ = (A,)
print(D().f(), [k.__name__ for k in D.__mro__])

def err(f):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
def setb(cls, v):
    cls.__bases__ = v
err(lambda: setb(C, ()))
err(lambda: setb(C, [A]))
err(lambda: setb(C, (1,)))
err(lambda: setb(C, (D,)))
err(lambda: setb(int, (object,)))
err(lambda: setb(C, (int,)))
def delb():
    del C.__bases__
err(delb)
print(A.__subclasses__() == [C], B.__subclasses__())

# __base__
print(C.__base__, int.__base__, object.__base__, bool.__base__)
