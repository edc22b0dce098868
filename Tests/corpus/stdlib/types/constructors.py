import types
def mk():
  x=1
  def g(): return x
  return g
g=mk()
def f(): pass
tests=[(1,{}),(f.__code__,1),(f.__code__,{},5),(f.__code__,{},None,[1]),(g.__code__,{}),(g.__code__,{},None,None,()),(g.__code__,{},None,None,(1,)),(f.__code__,{},None,None,(1,)), (g.__code__,{},None,None,[1])]
for a in tests:
  try: types.FunctionType(*a)
  except Exception as e: print(type(e).__name__, e)
h=types.FunctionType(g.__code__,{},"nm",(1,),g.__closure__); print(h.__name__, h.__qualname__, h.__defaults__, h(), h.__module__)
print(types.FunctionType(code=f.__code__, globals={"__name__":"mm"}).__module__)
for a in [(1,2),(len,None),(len,)]:
  try: types.MethodType(*a)
  except TypeError as e: print(e)
try: types.MethodType(func=len, instance=2)
except TypeError as e: print(e)
m = types.MethodType(lambda s, y: (s, y), 5); print(m(2), m.__self__)
mp = types.MappingProxyType
for a in ([1], (1,), 5, None):
    try: mp(a)
    except TypeError as e: print(e)
try: mp()
except TypeError as e: print(e)
try: mp({}, {})
except TypeError as e: print(e)
print(mp(mapping={1:2}))
p=mp({"a":1}); print(p | {"b":2}, {"z":0} | p, type(p|{}))
try: p |= {}
except TypeError as e: print(e)
print(list(reversed(p)), p == {"a":1}, p != {"a":1}, str(p), p.get("a"), p.get("q"))
try: p.get()
except TypeError as e: print(e)
try: hash(p)
except TypeError as e: print(e)
print(mp[int])
class MM:
  def __getitem__(s,k): return k*2
  def keys(s): return ["k"]
  def __len__(s): return 1
  def __iter__(s): return iter("xy")
q=mp(MM()); print(q[3], len(q), list(q), q.keys(), 3 in q)
try: del p["a"]
except TypeError as e: print(e)
print(p.copy(), type(p.copy()))
print(types.ModuleType("x"), types.ModuleType("q"))
