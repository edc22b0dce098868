def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(hash("") , hash("a") == hash("a"), hash("abc") == hash("ab" + "c"))
print(list("abc"), list("a€𝔘"), list(""), [c for c in "xy"])
it = iter("ab")
print(type(it).__name__, next(it), next(it))
t(lambda: next(it))
print(type(iter("é")).__name__)
print(len("abc"), len(""), len("€𝔘"))
d = {"a": 1, "b": 2}
print(d["a"], "a" in d, {"x", "x"})
