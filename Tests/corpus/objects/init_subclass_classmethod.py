# __init_subclass__ is an implicit classmethod: calling it directly, through super(), via the class.
class Base:
    def __init_subclass__(cls, **kw):
        print("Base.__init_subclass__ on", cls.__name__, kw)
Base.__init_subclass__()
Base.__init_subclass__(x=1)
class Sub(Base): pass
Sub.__init_subclass__()
print(type(Base.__dict__["__init_subclass__"]).__name__, Base.__init_subclass__.__self__ is Base)
class Sub2(Base):
    def __init_subclass__(cls):
        print("Sub2.__init_subclass__ on", cls.__name__)
        super().__init_subclass__(from_sub2=True)
class Leaf(Sub2): pass
# A staticmethod __init_subclass__ is left alone.
class Static:
    @staticmethod
    def __init_subclass__(**kw):
        print("static __init_subclass__", kw)
class StaticChild(Static, k=2): pass
# Assigning __init_subclass__ after class creation: not wrapped.
class Late: pass
def late_hook(cls): print("late hook", cls)
Late.__init_subclass__ = late_hook
try:
    class LateChild(Late): pass
except TypeError as e:
    print("TypeError:", e)
