def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class S(str):
    def extra(self): return "extra:" + self
s = S("Hello")
print(s.extra(), s + "!", type(s + "!").__name__, s[1:], type(s[1:]).__name__, s * 2, type(s.lower()).__name__)
print(isinstance(s, str), s == "Hello", hash(s) == hash("Hello"), len(s), "ell" in s, format(s, ">7"), "%s" % s)
s.attr = 5
print(s.attr, str(s), type(str(s)).__name__, s.__str__(), type(s.__str__()).__name__)
class T(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
print(T("abc"), type(T("abc")).__name__)
print(S.__mro__[1].__name__, "".join([s, s]), s.join("ab"))
