# isinstance/issubclass count one recursion level per tuple, union and checker call
# (' in __instancecheck__' / ' in __subclasscheck__').
import sys
class M(type):
    def __instancecheck__(cls, o):
        return isinstance(o, cls)
    def __subclasscheck__(cls, o):
        return issubclass(o, cls)
class A(metaclass=M): pass
for f, args in [(isinstance, (1, A)), (issubclass, (int, A))]:
    try:
        f(*args)
    except RecursionError as e:
        print(f.__name__, e)
t = int
for i in range(5000): t = (t,)
for f, x in [(isinstance, 1), (issubclass, bool)]:
    try:
        print(f(x, t))
    except RecursionError as e:
        print(f.__name__, e)
u = int | str
print(isinstance(1, u), isinstance(1.0, (u, float)), issubclass(bool, u))
def show():
    try:
        sys.setrecursionlimit(1)
    except RecursionError as e:
        print(e)
class C(type):
    def __instancecheck__(cls, o):
        show()
        return True
class D(metaclass=C): pass
isinstance(1, D)
isinstance(1, (D,))
isinstance(1, ((D,),))
