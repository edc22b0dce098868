# Evaluation order and partial effects, which register allocation must not change.
log = []


def t(name, value=None):
    log.append(name)
    return value if value is not None else name


def show(label):
    print(label, log)
    log.clear()


def raiser(name):
    log.append(name)
    raise ValueError(name)


def partial_writes():
    x = "old"
    try:
        x = True and raiser("and")
    except ValueError:
        pass
    y = "old"
    try:
        y = t("a") if t("cond", 1) else raiser("b")
    except ValueError:
        pass
    z = "old"
    try:
        z = 1 < t("m", 2) < raiser("c")
    except ValueError:
        pass
    w = "old"
    try:
        w = [*t("s", [1]), *raiser("d")]
    except ValueError:
        pass
    v = "old"
    try:
        v = (yield_me for yield_me in raiser("e"))
    except ValueError:
        pass
    return x, y, z, w, v


print(partial_writes())
show("partial")

d = {}
d[t("key")] = t("value")
show("subscript assignment")
obj = type("O", (), {})()
t("obj", obj).attr = t("attr value")
show("attribute assignment")
lst = [0, 0]
t("list", lst)[t("index", 1)] += t("increment", 5)
show("augmented subscript")
print(lst)

t("callee", print)(t("arg1"), *t("star", ["s"]), sep=t("sep", "-"), **t("kw", {"end": "!\n"}))
show("call")
print({t("k1"): t("v1"), t("k2"): t("v2"), **t("rest", {})})
show("dict display")
print(t("l", 1) < t("m", 2) < t("r", 3), t("a", 1) < t("b", 0) < t("c", 3))
show("chained")
print(t("x") + t("y") * t("z", 2))
show("binary")


def deco(name):
    log.append("eval " + name)

    def apply(f):
        log.append("apply " + name)
        return f

    return apply


@deco("outer")
@deco("inner")
def decorated(a=t("default1"), *, b=t("kwdefault"), c: t("annotation") = t("default2")):
    pass


show("definition")


def swap_locals():
    a, b = 1, 2
    a, b = b, a
    c, d, e = 1, 2, 3
    c, d, e = e, c, d
    return a, b, c, d, e


print(swap_locals())
i = 0
items = [10, 20, 30]
i, items[i] = 1, 99
print(i, items)
x = [1, 2]
x[0], x = "a", [3]
print(x)


def closure_swap():
    p, q = "p", "q"

    def inner():
        return p, q

    p, q = q, p
    return inner()


print(closure_swap())


def walrus_order():
    a = 1
    b = a + (a := 10) + a
    c = [a, (a := 20), a]
    return b, c, a


print(walrus_order())


def modified_during_loop():
    seen = []
    data = [1, 2, 3]
    for v in data:
        seen.append(v)
        if v == 1:
            data.append(4)
    return seen


print(modified_during_loop())


def default_evaluated_once(acc=[]):
    acc.append(len(acc))
    return acc


default_evaluated_once()
print(default_evaluated_once())


class Order:
    log.append("class body start")
    attr = t("class attr")

    def method(self):
        pass

    log.append("class body end")


show("class")


def gen_order():
    log.append("gen start")
    yield t("first")
    log.append("gen after first")
    yield t("second")


g = gen_order()
log.append("created")
next(g)
next(g)
show("generator")
