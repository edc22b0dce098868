import types, sys
for n in sorted(types.__all__):
    v = getattr(types, n)
    print(n, v if isinstance(v, type) else type(v).__name__)
def f(): pass
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(f.__code__, types.CodeType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), isinstance(type.__dict__, types.MappingProxyType), isinstance((x for x in []), types.GeneratorType))
print(isinstance(None, types.NoneType), isinstance(..., types.EllipsisType), isinstance(NotImplemented, types.NotImplementedType))
print(types.GenericAlias is type(list[int]), types.UnionType is type(int | str), types.SimpleNamespace)
m = types.ModuleType('mymod', 'the doc')
print(m, m.__name__, m.__doc__, types.ModuleType('x').__doc__)
mp = types.MappingProxyType({'a': 1})
print(mp, mp['a'], len(mp), list(mp), mp.get('b', 2), 'a' in mp, mp.copy(), type(mp.copy()))
try:
    mp['b'] = 2
except TypeError as e:
    print(e)
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]), vars(ns))
print(types.MethodType(lambda self: self, 5)(), types.FunctionType(f.__code__, {})())
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)), list[int] == types.GenericAlias(list, int))
