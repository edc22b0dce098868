# Order of metaclass __new__/__init__, __set_name__ and __init_subclass__.
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__ start", name, kw)
        cls = super().__new__(mcls, name, bases, ns, **kw)
        print("Meta.__new__ end", name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns, **kw)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("Base.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__()
class Child(Base, tag="x"):
    d = Desc()
# Metaclass keyword arguments consumed by __prepare__ and __new__.
class KwMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", kw)
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class K(metaclass=KwMeta, a=1, b=2):
    pass
print(type(K).__name__)
# __init_subclass__ with metaclass and no keywords.
class Plain(Base):
    pass
