# Rich comparison when binding the dunder fails; properties raising AttributeError.
def booh(self):
    raise AttributeError("booh")
class A:
    a = property(booh)
try:
    A().a
except AttributeError as x:
    print(x)
class I:
    __init__ = property(booh)
try:
    I()
except AttributeError as x:
    print("init", x)
class J:
    def __getattr__(self, name):
        return "ga-" + name
    p = property(booh)
print(J().p)
class E:
    __eq__ = property(booh)
print(E() == E(), E() != E())
e = E()
print(e == e)
class F:
    __lt__ = property(booh)
try: F() < F()
except TypeError as x: print(x)
class G:
    __eq__ = None
try: print(G() == G())
except TypeError as x: print(x)
