import functools
from functools import partial, partialmethod, reduce, wraps, update_wrapper, lru_cache, cache, cached_property, total_ordering, cmp_to_key, singledispatch, singledispatchmethod
p = partial(int, base=2)
print(p('101'), p.func, p.args, p.keywords, repr(partial(max, 1, key=abs)))
p2 = partial(p, '111'); print(p2(), p2.args, p2.keywords)
try: partial()
except TypeError as e: print(e)
try: partial(5)
except TypeError as e: print(e)
class Cell:
    def __init__(self): self.v = None
    def set(self, v): self.v = v
    set_one = partialmethod(set, 1)
c = Cell(); c.set_one(); print(c.v, repr(Cell.set_one)[:30])
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10))
try: reduce(lambda a, b: a, [])
except TypeError as e: print(e)
def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
@deco
def documented(x: int) -> int:
    "Doc string."
    return x
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__, documented.__qualname__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n); return n * n
print([sq(i) for i in (1, 2, 1, 3, 1, 2)], calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters())
@lru_cache(typed=True)
def ident(x): return type(x).__name__
print(ident(1), ident(1.0), ident.cache_info().currsize)
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@lru_cache
def noparens(x): return x
print(noparens(3), noparens.cache_info().maxsize)
try: lru_cache(maxsize='x')
except TypeError as e: print(e)
class Data:
    def __init__(self): self.n = 0
    @cached_property
    def value(self):
        self.n += 1; return 42
d = Data(); print(d.value, d.value, d.n, 'value' in d.__dict__, Data.value.__class__.__name__)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(1))
try:
    @total_ordering
    class NoOrder: pass
except ValueError as e: print(e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
k = cmp_to_key(lambda a, b: a - b); print(k(1) < k(2), k(2) == k(2))
@singledispatch
def show(x): return 'object'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([1]), show('s'), show(True), show.dispatch(float).__name__, sorted(t.__name__ for t in show.registry))
class S:
    @singledispatchmethod
    def m(self, x): return 'base'
    @m.register
    def _(self, x: str): return 'str'
print(S().m(1), S().m('a'))
