def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

def f(a, b, /, c, *args, d, e=1, **kw):
    x = a + b
    def inner(): return x
    return inner
co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_cellvars, co.co_freevars, co.co_nlocals)
print(co.co_filename, co.co_firstlineno)
inner = f(1, 2, 3, d=4)
print(inner.__code__.co_freevars, inner.__code__.co_qualname)
print(type(co.co_code).__name__, type(co.co_flags).__name__, type(co.co_consts).__name__, type(co.co_names).__name__)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20))
def gen(): yield 1
print(bool(gen.__code__.co_flags & 0x20))
lines = list(co.co_lines())
print(all(len(t) == 3 for t in lines), lines[0][0])
print(all(len(p) == 4 for p in co.co_positions()))
c2 = co.replace(co_name='renamed')
print(c2.co_name, co.co_name)
check(co.replace, co_name=1)
print(repr(co)[:20])
print(type(co).__name__)
