# xfail: needs runtime features not in swiftpy yet (see the test's first failure)
# Pure-Python standard library modules at work (under the compiler tests' reference
# interpreter, these modules are themselves compiled by swiftpy).
import textwrap
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.dedent("""
    indented
      more
    back"""))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20))

import difflib
a = ["one", "two", "three", "four"]
b = ["one", "2", "three", "four", "five"]
print("".join(difflib.unified_diff([x + "\n" for x in a], [x + "\n" for x in b], "a", "b")))
print(difflib.SequenceMatcher(None, "abcdef", "abxdefg").ratio())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))

import pprint
pprint.pprint({"key%d" % i: list(range(i)) for i in range(8)}, width=60)

import shlex
print(shlex.split("ls -l 'my file' \"other file\" a\\ b"), shlex.quote("it's"))

import fractions
F = fractions.Fraction
print(F(3, 4) + F(1, 6), F("1.25"), F(7, 3).limit_denominator(2), round(F(5, 2)), F(1, 3) ** 2)

import statistics
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.pstdev(data), statistics.mode(data))
print(statistics.fmean([1.5, 2.5]), statistics.median_grouped([1, 2, 2, 3]))

import ipaddress
net = ipaddress.ip_network("192.168.0.0/29")
print(list(net.hosts())[:3], net.broadcast_address, ipaddress.ip_address("::1").is_loopback)
print(ipaddress.ip_interface("10.1.2.3/8").network, ipaddress.IPv4Address("1.2.3.4") + 5)

import colorsys
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hls_to_rgb(0.5, 0.5, 0.5))

import calendar
print(calendar.month(2024, 2))
print(calendar.isleap(2000), calendar.monthrange(2023, 2), calendar.weekday(2024, 1, 1))

import ast
tree = ast.parse("x = [a + 1 for a in range(3) if a]\nasync def f(*, k=1): await g(**k)")
print(ast.unparse(tree))
print(ast.literal_eval("{'a': (1, 2.5, -3j), 'b': [None, True]}"))
print(ast.dump(ast.parse("f(x)", mode="eval")))

import graphlib
ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "c": {"a"}, "b": {"a"}})
print(list(ts.static_order()))

import fnmatch
print(fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.translate("x?[!a-c]*"))

import copy
orig = {"list": [1, [2, 3]], "t": (1, [2])}
deep = copy.deepcopy(orig)
deep["list"][1].append(4)
print(orig, deep, copy.copy(orig) is not orig)

import string
print(string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"), string.capwords("hello big world"))

import dataclasses


@dataclasses.dataclass(order=True, frozen=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = dataclasses.field(default_factory=list, compare=False)


i1 = Item("a", 1.0)
i2 = Item("b", 0.5, ["x"])
print(i1, i1 < i2, dataclasses.asdict(i2), dataclasses.replace(i1, price=2))

import contextlib


@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("p") as t:
    print("inside", t)
with contextlib.suppress(KeyError):
    {}["missing"]
with contextlib.ExitStack() as stack:
    for n in "ab":
        stack.enter_context(tag(n))

import _pydecimal as decimal
decimal.getcontext().prec = 30
print(decimal.Decimal(1) / decimal.Decimal(7), decimal.Decimal("2").sqrt(), decimal.Decimal("1.005").quantize(decimal.Decimal("0.01")))

import argparse
parser = argparse.ArgumentParser(prog="tool")
parser.add_argument("--count", type=int, default=1)
parser.add_argument("names", nargs="*")
parser.add_argument("-v", action="store_true")
print(parser.parse_args(["--count", "3", "-v", "x", "y"]))
print(parser.format_usage().strip())

import tokenize
import io
toks = list(tokenize.generate_tokens(io.StringIO("x = 1 + f(y)\n").readline))
print([tokenize.tok_name[t.type] for t in toks])

import inspect


print(inspect.cleandoc('''
    First line.
        indented
    last'''), inspect.isclass(int), inspect.getmro(bool)[-1])

import typing
T = typing.TypeVar("T")


class Box(typing.Generic[T]):
    def __init__(self, v: T):
        self.v = v


print(Box[int], typing.get_type_hints(Box.__init__), typing.Optional[int])

import heapq
h = [5, 1, 4]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(3)], heapq.nsmallest(2, [9, 2, 7, 1]))

import numbers
print(isinstance(F(1, 2), numbers.Rational), issubclass(int, numbers.Integral))
