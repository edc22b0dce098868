# Results of builtin operations on instances of builtin subclasses are exact builtins.
class madstring(str): pass
s = madstring("abc")
for name, r in [("str", str(s)), ("join", "".join([s])), ("add", s + ""), ("add2", "" + s), ("mul", s*1), ("slice", s[:]), ("strip", s.strip()), ("lower", s.lower()), ("replace", s.replace("x","y")), ("fmt", "%s" % s), ("format", "{}".format(s)), ("f", f"{s}"), ("ljust", s.ljust(1)), ("center", s.center(1)), ("upper", s.upper()), ("translate", s.translate({})), ("expandtabs", s.expandtabs()), ("zfill", s.zfill(1)), ("partition", s.partition("q")[0]), ("split", s.split()[0]), ("rsplit", s.rsplit()[0]), ("splitlines", s.splitlines()[0]), ("title", s.title()), ("swapcase", s.swapcase()), ("capitalize", s.capitalize()), ("casefold", s.casefold()), ("removeprefix", s.removeprefix("z")), ("removesuffix", s.removesuffix("z")), ("format-spec", format(s, "")), ("str.__str__", s.__str__()), ("repr", repr(s)), ("rstrip", s.rstrip()), ("lstrip", s.lstrip())]:
    print(name, type(r).__name__)
e = madstring("")
print(type(e + e).__name__, type(e * 3).__name__, type(e[:]).__name__, type(e.strip()).__name__)
class mt(tuple): pass
t = mt((1,2))
print(type(t[:]).__name__, type(t * 1).__name__, type(t + ()).__name__, type(tuple(t)).__name__)
class mb(bytes): pass
b = mb(b"ab")
print(type(b[:]).__name__, type(b * 1).__name__, type(b + b"").__name__, type(bytes(b)).__name__, type(b.strip()).__name__, type(b.lower()).__name__, type(b.replace(b"z", b"y")).__name__, type(b.ljust(1)).__name__)
class mi(int): pass
i = mi(5)
print(type(+i).__name__, type(i >> 0).__name__, type(i << 0).__name__, type(i + 0).__name__, type(abs(i)).__name__, type(-mi(0)).__name__, type(i // 1).__name__, type(int(i)).__name__, type(round(i)).__name__, type(i.__index__()).__name__, type(i.real).__name__, type(i.numerator).__name__, type(i.conjugate()).__name__, type(i.__trunc__()).__name__, type(i.__floor__()).__name__)
class mf(float): pass
f = mf(1.5)
print(type(+f).__name__, type(abs(f)).__name__, type(f.real).__name__, type(f.conjugate()).__name__, type(float(f)).__name__, type(f.__round__(None)).__name__, type(f * 1).__name__)
class mc(complex): pass
c = mc(1)
print(type(+c).__name__, type(c.conjugate()).__name__, type(complex(c)).__name__, type(c + 0).__name__)
class ml(list): pass
l = ml([1])
print(type(l[:]).__name__, type(l * 1).__name__, type(l + []).__name__, type(l.copy()).__name__, type(list(l)).__name__)
class md(dict): pass
d = md(a=1)
print(type(d.copy()).__name__, type(dict(d)).__name__, type(d | {}).__name__, type(md.fromkeys("a")).__name__)
class ms(set): pass
x = ms([1])
print(type(x.copy()).__name__, type(x | set()).__name__, type(x - set()).__name__, type(x & set()).__name__, type(x ^ set()).__name__, type(x.union()).__name__)
class mfs(frozenset): pass
y = mfs([1])
print(type(y.copy()).__name__, type(y | set()).__name__, type(frozenset(y)).__name__, type(y.union()).__name__)
class mbl: pass
print(type(True & True).__name__, type(True + 0).__name__)
class mba(bytearray): pass
z = mba(b"ab")
print(type(z[:]).__name__, type(z * 1).__name__, type(z + b"").__name__, type(z.copy()).__name__, type(z.strip()).__name__)
