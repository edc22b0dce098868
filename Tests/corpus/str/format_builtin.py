def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(format("x"), format("x", ""), format("x", "<3") + "|", format(5, ""), format(None, ""), format([1], ""))
t(lambda: format(None, "x"))
t(lambda: format([1], ">5"))
t(lambda: format("a", 1))
t(lambda: format(object(), "d"))
class C:
    pass
t(lambda: format(C(), "s"))
print(format(C(), "").startswith("<__main__.C object"))
