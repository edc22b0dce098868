import inspect, functools
def f(a, b: int = 2, /, c=3, *args, d, e: str = 'x', **kw) -> bool:
    """Doc line.

        indented more
    """
    return True
sig = inspect.signature(f)
print(sig, repr(sig), list(sig.parameters), sig.return_annotation)
for p in sig.parameters.values():
    print(p, repr(p), p.kind, p.kind.description, p.default is p.empty)
print(inspect.getdoc(f))
print(inspect.cleandoc('  a\n    b\n   c\n'))
class C:
    def m(self, x, y=1): pass
    @classmethod
    def cm(cls, z): pass
    @staticmethod
    def sm(q): pass
    def __init__(self, v, *, w=0): pass
print(inspect.signature(C.m), inspect.signature(C().m), inspect.signature(C.cm), inspect.signature(C.sm), inspect.signature(C))
print(inspect.signature(functools.partial(f, 1, d=4)))
@functools.wraps(f)
def wrapper(*a, **k): return f(*a, **k)
print(inspect.signature(wrapper), inspect.unwrap(wrapper) is f)
ba = sig.bind(1, 2, 3, 4, d=5, z=6); print(ba, ba.args, ba.kwargs)
ba2 = inspect.signature(C.m).bind_partial(1); ba2.apply_defaults(); print(ba2)
try: sig.bind(1)
except TypeError as e: print(e)
try: inspect.signature(C.m).bind(1, 2, 3, 4)
except TypeError as e: print(e)
print(inspect.isfunction(f), inspect.ismethod(C().m), inspect.isclass(C), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
def g(): yield 1
async def co(): pass
print(inspect.isgeneratorfunction(g), inspect.iscoroutinefunction(co), inspect.isgenerator(g()), inspect.isfunction(len))
print(inspect.getfullargspec(f))
print([n for n, v in inspect.getmembers(C, inspect.isfunction)])
print(inspect.getsource(C.m), end='')
print(inspect.getsourcelines(g))
print(inspect.currentframe().f_code.co_name, inspect.getmodule(f).__name__, inspect.getfile(f))
P = inspect.Parameter
print(inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.KEYWORD_ONLY, default=1)]))
try: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)])
except ValueError as e: print(e)
try: P('1x', P.POSITIONAL_ONLY)
except ValueError as e: print(e)
print(inspect.isabstract(C), inspect.get_annotations(f))
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def x(self): pass
print(inspect.isabstract(A))
