# Class decorators and decorators inside class bodies.
def register(cls):
    registry.append(cls.__name__)
    return cls
registry = []
@register
class A: pass
@register
@register
class B: pass
print(registry)
def replace(cls):
    return 42
@replace
class C: pass
print(C)
def add_method(cls):
    cls.added = lambda self: "added to " + type(self).__name__
    return cls
@add_method
class D: pass
print(D().added())
def decorate_with_args(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco
@decorate_with_args("t1")
class E: pass
print(E.tag)
# Decorators of methods run at class creation in order.
def trace(f):
    print("decorating", f.__qualname__)
    return f
class F:
    @trace
    def one(self): pass
    @trace
    def two(self): pass
# Decorator returning a non-function.
class G:
    @type
    def h(self): pass
    @property
    @trace
    def p(self): return "p"
print(G.h, G().p)
# The class name is not bound while the decorator runs.
def check_name(cls):
    try:
        H
        print("bound")
    except NameError:
        print("not bound yet")
    return cls
@check_name
class H: pass
