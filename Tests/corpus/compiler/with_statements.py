# with / multiple items / exceptions in the body / suppression / return, break inside.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress


with CM("a") as v:
    print("body", v)

with CM("one") as x, CM("two") as y:
    print("both", x, y)

with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with CM("p"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)


def ret():
    with CM("r"):
        return "returned"


print(ret())


def brk():
    for i in range(3):
        with CM("loop%d" % i):
            if i == 1:
                break
            continue
    return i


print(brk())


def nested_exit_error():
    class Bad:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            raise RuntimeError("exit failed")

    try:
        with Bad():
            pass
    except RuntimeError as e:
        return str(e)


print(nested_exit_error())

with CM("tuple") as (first, *rest):
    print(first, rest)

try:
    with 42:
        pass
except TypeError as e:
    print("TypeError", e)


class Counter:
    def __init__(self):
        self.n = 0

    def __enter__(self):
        self.n += 1
        return self

    def __exit__(self, *exc):
        self.n += 10


c = Counter()
with c, c:
    pass
print(c.n)
