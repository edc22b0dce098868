def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("prefix_rest".removeprefix("prefix_"), "x".removeprefix("y"), "abc".removeprefix(""), "abc".removesuffix("bc"), "abc".removesuffix(""), "".removesuffix("a"))
t(lambda: "a".removeprefix(1))
t(lambda: "a".removesuffix(None))
t(lambda: "a".removeprefix())
