def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

cases = [("%05d", -42), ("%+05d", 42), ("% d", 42), ("%-+6d|", 42), ("%#o", 8), ("%#x", 255), ("%#X", 255), ("%#5x", 255), ("%#05x", 255),
         ("%.5d", -42), ("%8.5d", 42), ("%-8.5x|", 42), ("%#.5o", 8), ("%e", 1.5), ("%#g", 1.0), ("%g", 1e20), ("%.0f", 2.5), ("%010.3f", -3.14159),
         ("%+.2e", 12345.678), ("%G", 1e-10), ("%F", float("inf")), ("%f", float("nan")), ("%05f", float("-inf")), ("%d", True), ("%x", True),
         ("%d", 3.99), ("%i", -2.5), ("%d", 2**70), ("%x", -2**70), ("%o", -8), ("%u", 7), ("%+x", 255), ("% x", 255), ("%020.10e", 1.23),
         ("%-010d|", 5), ("%#.0f", 1.0), ("%#.0e", 1.0), ("%.30f", 0.1), ("%d", -0.0), ("%.1f", -0.0), ("%r", 1.5), ("%s", 1.5), ("%g", 0.0001),
         ("%g", 123456789), ("%.3g", 2.5e-5), ("%E", -0.0), ("%x", 0), ("%#x", 0), ("%#o", 0), ("%.0d", 0)]
for f, a in cases:
    try:
        print(repr(f), repr(f % a))
    except Exception as e:
        print(repr(f), type(e).__name__ + ":", e)
class I:
    def __index__(self): return 42
class F:
    def __float__(self): return 2.5
class N:
    def __int__(self): return 7
for f in ["%d", "%x", "%f", "%c"]:
    for o in [I(), F(), N()]:
        t(lambda: f % o)
