def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), ", ".join(("x",)), "€".join(["a", "b"]))
print("-".join(x for x in "xyz"), "".join({"k": 1}), " ".join([str(i) for i in range(5)]))
t(lambda: ",".join([1, 2]))
t(lambda: ",".join(["a", 2]))
t(lambda: ",".join(5))
t(lambda: ",".join())
class S(str): pass
r = ",".join([S("only")])
print(r, type(r).__name__)
