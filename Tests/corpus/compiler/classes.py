# Class bodies, methods, super(), __class__, private names, decorators, metaclasses.
class Base:
    """Base docstring."""
    count = 0

    def __init__(self, x):
        self.x = x
        Base.count += 1

    def describe(self):
        return "Base(%r)" % self.x

    @classmethod
    def make(cls, x):
        return cls(x)

    @staticmethod
    def helper(y):
        return y * 2

    @property
    def double(self):
        return self.x * 2


class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def describe(self):
        return "Derived:" + super().describe() + ":" + str(self.y)

    def who(self):
        return __class__.__name__


d = Derived(1, 2)
print(d.describe(), d.double, Base.helper(4), Derived.make.__name__, Base.count)
print(Derived.__doc__, Base.__doc__, Derived.__qualname__, Derived.__module__)
print(d.who(), Derived.describe.__qualname__)


class Private:
    __secret = 42

    def reveal(self):
        return self.__secret, Private.__secret

    def __hidden(self):
        return "hidden"

    def call(self):
        return self.__hidden()


p = Private()
print(p.reveal(), p.call(), hasattr(p, "__secret"), p._Private__secret)


def class_decorator(cls):
    cls.decorated = True
    return cls


@class_decorator
class Decorated:
    pass


print(Decorated.decorated)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["extra"] = kw.get("flag")
        return super().__new__(mcls, name, bases, ns)


class WithMeta(metaclass=Meta, flag="on"):
    pass


print(type(WithMeta).__name__, WithMeta.extra)


class InitSub:
    subclasses = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        InitSub.subclasses.append((cls.__name__, tag))


class A(InitSub, tag="a"):
    pass


class B(InitSub):
    pass


print(InitSub.subclasses)


def factory(n):
    class Inner:
        value = n

        def get(self):
            return self.value + n

    return Inner


print(factory(3)().get(), factory(3).__qualname__)


class Outer:
    x = 10

    class Nested:
        y = 20

    z = [x + i for i in range(2)] if False else None


print(Outer.Nested.y, Outer.Nested.__qualname__, Outer.z)

x = "global x"


class Scope:
    x = "class x"

    def method(self):
        return x


print(Scope().method())


def free_in_class():
    v = "enclosing"

    class C:
        w = v

        def m(self):
            return v

    return C.w, C().m()


print(free_in_class())


class Slots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slots()
print(s.a, hasattr(s, "b"))


class Dunder:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Dunder(self.v + other.v)

    def __iadd__(self, other):
        self.v += other.v * 10
        return self

    def __repr__(self):
        return "Dunder(%d)" % self.v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __bool__(self):
        return self.v != 0

    def __getitem__(self, i):
        return self.v * i

    def __call__(self, *a):
        return sum(a) + self.v


a = Dunder(1)
b = Dunder(2)
print(a + b, a < b, a == Dunder(1), a[5], a(1, 2), bool(Dunder(0)))
a += b
print(a)


class Prop:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value * 2


pr = Prop()
pr.v = 5
print(pr.v)
