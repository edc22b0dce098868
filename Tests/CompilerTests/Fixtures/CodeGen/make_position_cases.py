#!/usr/bin/env python3
"""Generates positions.json for CodeGenPositionTests: for each snippet, compiled by CPython
3.11, every code object (depth first, by qualname) with the source positions of its
instructions that can raise (calls, operators, attribute and item access, name loads, ...),
as kinds that swiftpy's register instructions map to one-for-one. The test checks that
swiftpy gives the corresponding instructions the same positions, in the same order
(tracebacks print their carets from them).

Usage: python3 make_position_cases.py > positions.json
"""
import json
import sys

KIND = {
    "CALL": "call", "CALL_FUNCTION_EX": "call",
    "BINARY_OP": "binop",
    "BINARY_SUBSCR": "subscr", "STORE_SUBSCR": "storesubscr", "DELETE_SUBSCR": "delsubscr",
    "LOAD_ATTR": "attr", "LOAD_METHOD": "method", "STORE_ATTR": "storeattr", "DELETE_ATTR": "delattr",
    "COMPARE_OP": "compare", "CONTAINS_OP": "contains",
    "UNARY_NEGATIVE": "unary", "UNARY_POSITIVE": "unary", "UNARY_INVERT": "unary", "UNARY_NOT": "unary",
    "LOAD_GLOBAL": "global", "LOAD_NAME": "name", "STORE_NAME": "storename",
    "RAISE_VARARGS": "raise",
    "IMPORT_NAME": "import", "IMPORT_FROM": "importfrom",
    "GET_ITER": "getiter", "FOR_ITER": "foriter",
    "UNPACK_SEQUENCE": "unpack", "UNPACK_EX": "unpack",
    "BUILD_SLICE": "slice", "FORMAT_VALUE": "format", "LOAD_DEREF": "deref",
    "BEFORE_WITH": "with", "MAKE_FUNCTION": "makefunction",
    "LIST_EXTEND": "extend", "DICT_MERGE": "dictmerge", "DICT_UPDATE": "dictupdate",
    "BUILD_STRING": "buildstring",
}

SNIPPETS = [
    "x = a + b * c",
    "print(len(items), sep='')",
    "obj.method(1, 2)",
    "obj.attr.method(\n    1)",
    "obj.\\\n    method()",
    "(obj\n .attr\n .method(x))",
    "value = mapping[key][0]",
    "d[k] = v\ndel d[k]",
    "x.y = 1\ndel x.y",
    "a < b < c",
    "x in y and not z",
    "-x + ~y",
    "f(*args, **kwargs)",
    "f(a, *b, c=1, **d)",
    "raise ValueError('x') from None",
    "import os.path\nfrom collections import abc as c",
    "for i in range(3):\n    print(i)",
    "a, b = t\nfirst, *rest = t",
    "s[1:2]\ns[::3]",
    "f'{x!r:>{w}} {y}'",
    "def f():\n    return g(1)\n",
    "def outer():\n    v = 1\n    def inner():\n        return v + 1\n    return inner",
    "class C(Base, metaclass=M):\n    x = 1\n    def m(self):\n        return self.x",
    "@dec\n@dec2(arg)\ndef f(a=default(), *, b=kw()):\n    pass",
    "with open(p) as f:\n    f.read()",
    "x += 1\ny[i] *= 2\nz.a -= 3",
    "[x * 2 for x in items if x]",
    "{k: v for k, v in pairs}",
    "(y for y in ys)",
    "lambda q: q.w",
    "assert x, msg",
    "try:\n    f()\nexcept E as e:\n    g(e)\nfinally:\n    h()",
    "while n > 0:\n    n = n - 1",
    "if a.b(c):\n    d()\nelif e:\n    f()\nelse:\n    g()",
    "result = (first_call()\n          + second_call())",
    "x = [*a, *b]\ny = {**c, **d}",
    "match p:\n    case [a, b]:\n        f(a)\n    case {'k': v}:\n        g(v)\n    case C(x=1):\n        h()",
    "def gen():\n    yield from other()\n    yield value.attr",
    "async def co():\n    await thing.fetch()\n    async with m:\n        pass",
    "print(\n    'multi',\n    'line',\n)",
    "x = y if cond(z) else w.q",
    "global_name.attribute[index](argument)",
]


def code_objects(code, out):
    rows = []
    for ins in __import__("dis").get_instructions(code):
        kind = KIND.get(ins.opname)
        if kind is None:
            continue
        pos = ins.positions
        rows.append([kind, -1 if pos.lineno is None else pos.lineno, -1 if pos.col_offset is None else pos.col_offset,
                     -1 if pos.end_lineno is None else pos.end_lineno, -1 if pos.end_col_offset is None else pos.end_col_offset])
    out.append({"qualname": code.co_qualname, "instructions": rows})
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            code_objects(c, out)
    return out


def main():
    cases = []
    for src in SNIPPETS:
        code = compile(src, "<snippet>", "exec")
        cases.append({"source": src, "codes": code_objects(code, [])})
    json.dump(cases, sys.stdout, indent=1)
    sys.stdout.write("\n")


main()
