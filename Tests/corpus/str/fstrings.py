def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

name, n, f = "Ann", 42, 3.14159
print(f"{name}", f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}", f"{name:>8}|", f"{name:*^9}", f"{name:.1}")
print(f"{n}", f"{f}", f"{n!r:>5}", f"{[1, 'a']}", f"{None}", f"{name}{n}", f"{{}}", f"{name=}", f"{n = }")
w = 7
print(f"{name:>{w}}|", f"{name:{'^'}{w}}|")
t(lambda: f"{name:d}")
t(lambda: f"{name:=5}")
class F:
    def __format__(self, spec): return "F<" + spec + ">"
print(f"{F()}", f"{F():xyz}", format(F(), "q"))
class Bad:
    def __format__(self, spec): return 1
t(lambda: f"{Bad()}")
