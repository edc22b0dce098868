# isinstance/issubclass hooks on metaclasses; default behaviour.
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return issubclass(sub, int)
class IntLike(metaclass=Meta): pass
print(isinstance(3, IntLike), isinstance("x", IntLike), isinstance(IntLike(), IntLike))
print(issubclass(bool, IntLike), issubclass(str, IntLike))
print(isinstance(3, (str, IntLike)))

# Exact type match short-circuits __instancecheck__.
class Loud(type):
    def __instancecheck__(cls, inst):
        print("called")
        return False
class L(metaclass=Loud): pass
print(isinstance(L(), L))

# __instancecheck__ result truthiness
class Weird(type):
    def __instancecheck__(cls, inst):
        return "yes"
    def __subclasscheck__(cls, sub):
        return 0
class W(metaclass=Weird): pass
print(isinstance(1, W), issubclass(int, W))

# __instancecheck__ on a class (not metaclass) is not used.
class Plain:
    def __instancecheck__(self, inst): return True
print(isinstance(1, Plain))

# __class__ property lying.
class Proxy:
    @property
    def __class__(self):
        return int
p = Proxy()
print(isinstance(p, int), isinstance(p, Proxy), type(p).__name__, p.__class__)

# Errors.
def check(f, *a):
    try:
        print(f(*a))
    except TypeError as e:
        print("TypeError:", e)
check(isinstance, 1, 1)
check(isinstance, 1, (int, 1))
check(isinstance, 1, (1, int))
check(issubclass, 1, int)
check(issubclass, int, 1)
check(issubclass, int, (int, 1))
check(issubclass, int, (1, int))
check(isinstance, 1, int | str)
check(issubclass, bool, int | str)
check(isinstance, 1, list[int])
check(issubclass, list, list[int])

# __bases__ based issubclass for non-types.
class FakeClass:
    __bases__ = ()
class FakeSub:
    __bases__ = (FakeClass,)
f = FakeClass()
check(issubclass, FakeSub, FakeClass)
class Inst:
    __class__ = FakeClass
# Nested tuples.
check(isinstance, 1, (str, (bytes, (int,))))
check(issubclass, bool, ((str,), (int,)))
# __subclasscheck__ raising.
class Raises(type):
    def __subclasscheck__(cls, sub):
        raise ValueError("nope")
class R(metaclass=Raises): pass
try:
    issubclass(int, R)
except ValueError as e:
    print("ValueError:", e)
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))
