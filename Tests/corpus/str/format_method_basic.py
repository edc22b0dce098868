def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{0}{0}".format("x"), "{x}-{y}".format(x=1, y=2))
print("{{}} {{{}}}".format(5), "{:>6}|{:<6}|{:^6}".format("a", "b", "c"), "{!r}".format("q"), "{0!a}".format("é"))
print("{0[1]} {0[a]}".format({1: "one", "a": "A"}), "{0[2]}".format([1, 2, 3]), "{0.start} {0.stop}".format(range(3, 4)))
print("{a.__class__.__name__}".format(a=1.5), "{0[0][1]}".format([[1, 2]]), "{:{}{}}".format("x", ">", 4))
print("{:{w}}|".format("a", w=5), "{0:{1}}|".format("b", 3), "".format(), "plain".format(1, 2, x=3))
