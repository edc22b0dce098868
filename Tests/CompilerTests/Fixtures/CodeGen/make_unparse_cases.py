#!/usr/bin/env python3
"""Generates unparse.json for CodeGenUnparseTests: annotation expressions and the strings
CPython 3.11 stores for them under `from __future__ import annotations` (ast_unparse.c).

Usage: python3 make_unparse_cases.py > unparse.json
"""
import json
import sys

EXPRESSIONS = [
    "int", "list[int]", "dict[str, list[tuple[int, ...]]]", "a.b.c", "a[1:2]", "a[1:2, ::3]",
    "a[:, None]", "a[()]", "a[(1,)]", "a[1,]", "a[*b]", "x | None", "'quoted'", '"dq"', "'it\\'s'",
    "b'bytes'", "u'uni'", "1", "1.5", "1e100", "1e400", "-1e400", "2j", "1+2j", "-(1)", "-1", "+x", "~x",
    "not x", "x and y or z", "(x or y) and z", "x if y else z", "(x if y else z) if w else v",
    "lambda: 0", "lambda x: x", "lambda *a, **k: 0", "lambda a, /, b=1, *, c, d=2: 0", "lambda *, k: k",
    "[1, 2, *x]", "(1, 2)", "(1,)", "()", "{1, 2}", "{'a': 1, **b}", "{}", "[]",
    "[x for x in y]", "[x for x in y if x if z]", "{x: y for x, y in z}", "{x for x in y}",
    "(x for x in y)", "[x async for x in y]", "[(a, b) for a in x for b in y]",
    "f(x)", "f(x, y=1, *a, **k)", "f(x for x in y)", "f((x for x in y), 1)", "f(*a)", "f(**k)",
    "a.b(c).d[e]", "(a + b) * c", "a + b * c", "a ** -b", "(-a) ** b", "-a ** b", "a ** b ** c",
    "(a ** b) ** c", "a - (b - c)", "(a - b) - c", "a / b // c % d @ e", "a << b >> c", "a & b ^ c | d",
    "a < b <= c == d != e > f >= g", "a is b is not c", "a in b not in c", "not (a < b)",
    "(a, b)[0]", "f'{x}'", "f'{x!r:>{w}}'", "f'a{{b}}c'",
    "f'{x:{y}.{z}f}'", "f'{ {1: 2}[1] }'", "f'{x!a}{y!s}'", "f\"{'q'}\"", "...", "None", "True",
    "1 .real", "1.5.real", "x[1:2:3]", "x[::]", "x[a:b, c]",
    "'\\n\\t\\x00\\u1234'", "b'\\x00\\xff'", "'\"'", "'\\''", "'''multi\nline'''",
    "Callable[[int, str], bool]", "Literal['a', 'b']", "Annotated[int, 'meta']",
]


def annotation(src):
    ns = {}
    exec("from __future__ import annotations\nx: " + src, ns)
    return ns["__annotations__"]["x"]


json.dump([[e, annotation(e)] for e in EXPRESSIONS], sys.stdout, indent=0)
sys.stdout.write("\n")
