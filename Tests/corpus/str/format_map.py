def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("{a}-{b}".format_map({"a": 1, "b": 2}))
class D(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{x} {y}".format_map(D(x=1)))
t(lambda: "{0}".format_map({}))
t(lambda: "{}".format_map({}))
t(lambda: "{a}".format_map({}))
t(lambda: "{a}".format_map(1))
t(lambda: "x".format_map())
print("{a[0]}".format_map({"a": [9]}), "plain".format_map(None))
