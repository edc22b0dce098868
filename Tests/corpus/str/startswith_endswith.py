def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "hello world"
for a in [("hello",), ("world",), (("x", "hell"),), ("o", 4), ("wor", 6, 9), ("", 11), ("", 12), ("hello", -100), (("",),), ("d", -1)]:
    print(a, s.startswith(*a), s.endswith(*a))
t(lambda: s.startswith(1))
t(lambda: s.endswith((1,)))
t(lambda: s.startswith(("a", 2)))
t(lambda: s.startswith())
t(lambda: s.endswith("a", "b"))
