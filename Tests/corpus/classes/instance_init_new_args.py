# Argument checking of object.__new__/object.__init__ (CPython's excess_args rules).
def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(type(r).__name__)
    except BaseException as e:
        print(type(e).__name__ + ':', e)

class Plain: pass
check(Plain)
check(Plain, 1)
check(Plain, x=1)
check(object)
check(object, 1)

class OnlyInit:
    def __init__(self, a):
        self.a = a
check(OnlyInit, 1)
check(OnlyInit)
check(OnlyInit, 1, 2)

class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)
check(OnlyNew, 1)

class NewPassesArgs:
    def __new__(cls, a):
        return super().__new__(cls, a)
check(NewPassesArgs, 1)

class InitPassesArgs:
    def __init__(self, a):
        super().__init__(a)
check(InitPassesArgs, 1)

class Both:
    def __new__(cls, *a):
        return object.__new__(cls)
    def __init__(self, *a):
        object.__init__(self)
check(Both, 1, 2)

class BothPass:
    def __new__(cls, *a):
        return object.__new__(cls, *a)
    def __init__(self, *a):
        pass
check(BothPass, 1)

class BothPassInit:
    def __new__(cls, *a):
        return object.__new__(cls)
    def __init__(self, *a):
        object.__init__(self, *a)
check(BothPassInit, 1)

check(object.__new__)
check(object.__new__, 1)
check(object.__new__, int)
check(object.__new__, Plain, 1)
check(object.__init__, Plain(), 1)
check(object.__init__)
check(object.__init__, 1)
o = Plain()
object.__init__(o)
print("ok")

# __init__ returning a value.
class Ret:
    def __init__(self):
        return 5
check(Ret)

# __new__ returning another type's instance skips __init__.
class Other:
    def __init__(self):
        print("Other.__init__")
class Weird:
    def __new__(cls):
        return Other.__new__(Other)
    def __init__(self):
        print("Weird.__init__ (not printed)")
check(Weird)

# __new__ returning a subclass instance calls its __init__.
class Base:
    def __new__(cls):
        return object.__new__(Sub)
    def __init__(self):
        print("init of", type(self).__name__)
class Sub(Base): pass
check(Base)

# Keyword arguments to classes without __init__.
class KW:
    def __init__(self, *, a=1):
        self.a = a
print(KW(a=3).a)
check(KW, b=3)
check(KW, 1)

# __new__ as a staticmethod explicitly.
class SN:
    @staticmethod
    def __new__(cls, v):
        o = object.__new__(cls)
        o.v = v
        return o
print(SN(7).v)

# A builtin type subclass with __init__ taking extra args.
class L(list):
    def __init__(self, a, b):
        super().__init__([a, b])
print(L(1, 2))
check(int.__new__, L)
check(list.__new__, int)
