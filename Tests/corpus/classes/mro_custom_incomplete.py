# Custom mro(): a class left out of its own MRO, __mro__ None while computing, incomplete bases.
class B: pass
class M(type):
    def mro(cls):
        del M.mro
        return (B,)
try:
    class A(metaclass=M): pass
except TypeError as e: print(e)
class M2(type):
    def mro(cls):
        return (B,)
try:
    class A2(metaclass=M2): pass
    print(A2.__mro__)
except TypeError as e: print(e)
class M3(type):
    step = 0
    def mro(cls):
        if M3.step == 0:
            M3.step = 1
            print("mro is None:", cls.__mro__ is None)
            cls.__bases__ += ()
        return type.mro(cls)
class A3(metaclass=M3): pass
print(A3.__mro__)
class M(type):
    def mro(cls):
        if cls.__mro__ is None and cls.__name__ != 'X':
            try:
                class X(cls): pass
            except TypeError as e: print(e)
        return type.mro(cls)
class A(metaclass=M): pass
print(A.__mro__)
