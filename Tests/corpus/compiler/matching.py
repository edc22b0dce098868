# match statements: every pattern kind.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(subject):
    match subject:
        case 0 | 1 | 2:
            return "small int"
        case -1:
            return "minus one"
        case 1.5 | 2j | -3+4j:
            return "special number"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case []:
            return "empty list"
        case [x]:
            return "one item %r" % (x,)
        case [x, y, *rest] if rest:
            return "many: %r %r %r" % (x, y, rest)
        case (a, b):
            return "pair %r %r" % (a, b)
        case {"type": "user", "name": str(name), **others}:
            return "user %s %r" % (name, others)
        case {"k": _}:
            return "has k"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return "on y axis at %r" % yy
        case Point(xx, yy) if xx == yy:
            return "diagonal %r" % xx
        case Point():
            return "some point"
        case int(n) | float(n) as number:
            return "number %r %r" % (n, number)
        case str() as s if len(s) > 3:
            return "long string " + s
        case _:
            return "other %r" % (subject,)


for value in [0, 2, -1, 1.5, 2j, -3 + 4j, "hello", None, True, [], [7], [1, 2, 3, 4], (5, 6), [1, 2],
              {"type": "user", "name": "ann", "age": 3}, {"k": 1, "z": 2}, Point(0, 0), Point(0, 5),
              Point(3, 3), Point(1, 2), 42, 4.5, "longer", "ab", object]:
    print(describe(value))


def star_patterns(seq):
    match seq:
        case [first, *_, last]:
            return first, last
        case [*init, "end"]:
            return init
        case _:
            return None


print(star_patterns([1, 2, 3]), star_patterns(["end"]), star_patterns("str is not a sequence"))


def guard_binds(v):
    match v:
        case [a] if a > 0:
            return "positive", a
        case [a]:
            return "non-positive", a


print(guard_binds([5]), guard_binds([-5]))

import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


def color(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"


print(color(Color.RED), color(Color.GREEN))


def nested(v):
    match v:
        case {"a": [1, {"b": b}]} | {"c": b}:
            return b
        case (1, (2, x)) | [3, x]:
            return x


print(nested({"a": [1, {"b": "deep"}]}), nested({"c": "alt"}), nested((1, (2, "t"))), nested([3, "l"]))

match 5:
    case x:
        print("captured", x)

match [1, 2]:
    case [int(), int()] as pair:
        print("pair", pair)

match {"x": 1}:
    case {}:
        print("any mapping")
