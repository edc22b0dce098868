# Special methods assigned or deleted after class creation take effect, also in subclasses.
class A:
    pass
class B(A):
    pass
a, b = A(), B()
for name, value, use in [
    ("__len__", lambda self: 5, lambda o: len(o)),
    ("__bool__", lambda self: False, lambda o: bool(o)),
    ("__repr__", lambda self: "custom", lambda o: repr(o)),
    ("__add__", lambda self, other: "added", lambda o: o + 1),
    ("__radd__", lambda self, other: "radded", lambda o: 1 + o),
    ("__eq__", lambda self, other: "eq", lambda o: o == 1),
    ("__lt__", lambda self, other: "lt", lambda o: o < 1),
    ("__getitem__", lambda self, k: k * 2, lambda o: o[21]),
    ("__contains__", lambda self, k: True, lambda o: 3 in o),
    ("__iter__", lambda self: iter([1, 2]), lambda o: list(o)),
    ("__call__", lambda self: "called", lambda o: o()),
    ("__neg__", lambda self: "neg", lambda o: -o),
    ("__index__", lambda self: 2, lambda o: [10, 20, 30][o]),
    ("__hash__", lambda self: 42, lambda o: hash(o)),
]:
    setattr(A, name, value)
    try:
        print(name, use(a), use(b))
    except Exception as e:
        print(name, type(e).__name__, e)
    delattr(A, name)
    try:
        r = use(b)
        print(name, "after delete:", "ok" if name in ("__repr__", "__eq__", "__hash__", "__bool__") else r)
    except Exception as e:
        print(name, "after delete:", type(e).__name__, e)
# Overriding in the subclass then deleting falls back to the base.
A.__len__ = lambda self: 1
B.__len__ = lambda self: 2
print(len(a), len(b))
del B.__len__
print(len(b))
# Setting a special method to None disables it.
A.__iter__ = None
try:
    iter(b)
except TypeError as e:
    print("TypeError:", e)
A.__hash__ = None
try:
    hash(b)
except TypeError as e:
    print("TypeError:", e)
