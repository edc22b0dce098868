def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(str.upper("a"), str.join(",", "ab"), [str.strip(x) for x in [" a ", "b "]], str.lower.__name__, str.split.__qualname__)
t(lambda: str.upper(1))
t(lambda: str.join(1, "a"))
print(str.__len__("abc"), str.__contains__("abc", "b"), str.__getitem__("abc", 1), str.__add__("a", "b"), str.__mul__("a", 3))
t(lambda: str.__add__("a", 1))
print(str.__mod__("%d", 5), str.__rmod__("x", "%s-"), str.__lt__("a", "b"), str.__eq__("a", 1))
